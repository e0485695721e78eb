package org.cofile.workflow.cofiling;

import java.io.Serializable;
import java.util.List;
import org.cofile.domain.cofiling.CoFiler;
import org.cofile.domain.cofiling.CoFilerReadiness;
import org.cofile.domain.cofiling.FilingDocument;

/**
 * A co-filer as the caller may see it: who and how far for everyone who sees the resolution; the holding, the
 * readiness and the letters only for those {@link org.cofile.domain.cofiling.CoFilingPolicy} lets see them ({@code
 * readiness} is {@code null} and {@code documents} empty otherwise).
 *
 * @param mayRecord whether the caller records its holding and uploads its letters
 * @param mayDecide whether the caller answers its pending invitation or request
 */
public record CoFilerDetails(
        CoFiler coFiler,
        CoFilerReadiness readiness,
        List<FilingDocument> documents,
        boolean mayRecord,
        boolean mayDecide)
        implements Serializable {

    public boolean recordVisible() {
        return readiness != null;
    }
}
