package org.cofile.workflow.cofiling;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cofile.domain.cofiling.HoldingLine;

/**
 * What an import of a custodian's export found, row by row: a preview until {@code imported}.
 *
 * @param valid whether every row may be imported; nothing is imported otherwise
 */
public record HoldingImport(
        List<String> headers, HoldingsCsv.Mapping mapping, List<Row> rows, boolean valid, boolean imported)
        implements Serializable {

    /**
     * One row of the file.
     *
     * @param company the company of Cofile with the row's ticker, {@code null} when Cofile does not follow it (the row is
     *     then left out, which is no error)
     * @param fills the resolutions whose co-filing takes this holding on import
     */
    public record Row(
            long line,
            String ticker,
            HoldingLine holding,
            Map<String, String> errors,
            String company,
            List<String> fills)
            implements Serializable {

        public boolean valid() {
            return errors.isEmpty();
        }
    }
}
