package org.cofile.web.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.cofile.workflow.export.ResolutionReportService;
import org.cofile.workflow.resolution.ResolutionFilter;

/** The exports of the resolutions list as downloads: the format's bytes, media type and file name. */
public final class ResolutionExports {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    public enum Format {
        CSV(ResolutionExports.CSV),
        XLSX(ResolutionExports.XLSX),
        PDF(ResolutionExports.PDF);

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String fileName() {
            return "resolutions-" + LocalDate.now(ZoneOffset.UTC) + "." + name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Format> of(String name) {
            return name == null
                    ? Optional.empty()
                    : Arrays.stream(values())
                            .filter(f -> f.name().equalsIgnoreCase(name.strip()))
                            .findFirst();
        }

        public byte[] render(ResolutionReportService reports, ResolutionFilter filter) {
            return switch (this) {
                case CSV -> reports.csv(filter);
                case XLSX -> reports.xlsx(filter);
                case PDF -> reports.pdf(filter);
            };
        }
    }

    private ResolutionExports() {}

    static Response response(ResolutionReportService reports, Format format, ResolutionFilter filter) {
        var name = format.fileName();
        return Response.ok(format.render(reports, filter), format.mediaType())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
