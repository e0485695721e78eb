package org.cofile.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.cofile.domain.cofiling.HoldingLine;
import org.cofile.web.rest.rules.RequestFields;
import org.cofile.workflow.cofiling.HoldingImport;
import org.cofile.workflow.cofiling.HoldingImportService;
import org.cofile.workflow.cofiling.HoldingsCsv;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's organization imports its holdings from a custodian's CSV export: {@code POST /api/holdings/import} as
 * {@code multipart/form-data} with {@code file}, the optional column mapping ({@code ticker}, {@code shares}, {@code
 * heldSince}, {@code highestPrice}, {@code value}, {@code custodian}, {@code dtcParticipant}: header names) and
 * {@code confirm}. Without {@code confirm=true} it answers the preview; with it, it imports a valid file or answers 400
 * with an error per row.
 */
@Path("/holdings")
@Tag(name = "Co-filing")
@SecurityRequirement(name = "apiToken")
@Produces(MediaType.APPLICATION_JSON)
public class HoldingsResource {

    @Inject
    private HoldingImportService imports;

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ImportView importHoldings(List<EntityPart> parts) {
        var mapping = new HoldingsCsv.Mapping(
                Uploads.field(parts, "ticker"),
                Uploads.field(parts, "shares"),
                Uploads.field(parts, "heldSince"),
                Uploads.field(parts, "highestPrice"),
                Uploads.field(parts, "value"),
                Uploads.field(parts, "custodian"),
                Uploads.field(parts, "dtcParticipant"));
        var fields = new RequestFields();
        var confirm = fields.optionalFlag("confirm", Uploads.field(parts, "confirm"), false);
        fields.verify();
        return ImportView.of(imports.importHoldings(Uploads.file(parts, "file"), mapping, confirm));
    }

    /** The preview or the import done. */
    public record ImportView(
            List<String> headers, HoldingsCsv.Mapping mapping, List<RowView> rows, boolean valid, boolean imported) {

        static ImportView of(HoldingImport result) {
            return new ImportView(
                    result.headers(),
                    result.mapping(),
                    result.rows().stream().map(RowView::of).toList(),
                    result.valid(),
                    result.imported());
        }
    }

    /** A row; amounts as decimal strings, as everywhere in the API. */
    public record RowView(
            long line,
            String ticker,
            String company,
            String shares,
            String heldSince,
            String highestPrice,
            String value,
            String custodian,
            String dtcParticipant,
            List<String> fills,
            Map<String, String> errors) {

        static RowView of(HoldingImport.Row row) {
            HoldingLine h = row.holding();
            return new RowView(
                    row.line(),
                    row.ticker(),
                    row.company(),
                    h == null ? null : h.shares().toPlainString(),
                    h == null ? null : h.heldSince().toString(),
                    h == null || h.highestPrice() == null
                            ? null
                            : h.highestPrice().toPlainString(),
                    h == null || h.value() == null ? null : h.value().toPlainString(),
                    h == null ? null : h.custodian(),
                    h == null ? null : h.dtcParticipant(),
                    row.fills(),
                    row.errors());
        }
    }
}
