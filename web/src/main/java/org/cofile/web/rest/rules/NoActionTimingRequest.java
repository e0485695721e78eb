package org.cofile.web.rest.rules;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Is a company's no-action request (14a-8(j)) in time for its definitive proxy? */
@Schema(name = "NoActionTimingRequest")
public record NoActionTimingRequest(
        @Schema(type = SchemaType.STRING, format = "date", required = true, examples = "2025-01-10")
        String requestDate,

        @Schema(type = SchemaType.STRING, format = "date", required = true, examples = "2025-04-01")
        String definitiveProxyDate) {

    /** The two dates, parsed. */
    record Dates(LocalDate request, LocalDate definitiveProxy) {}

    Dates toDates() {
        var in = new RequestFields();
        LocalDate request = in.requiredDate("requestDate", requestDate);
        LocalDate proxy = in.requiredDate("definitiveProxyDate", definitiveProxyDate);
        in.verify();
        return new Dates(request, proxy);
    }
}
