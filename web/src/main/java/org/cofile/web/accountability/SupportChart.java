package org.cofile.web.accountability;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cofile.workflow.answers.Accountability.CompanyRecord;
import org.cofile.workflow.answers.Accountability.YearRecord;

/**
 * A company's support chart as the Chart.js configuration PrimeFaces' {@code p:chart} takes: one line per subject,
 * support by meeting year, and the resubmission thresholds in force each year as dashed steps (after one, two, and
 * three or more votes). The same figures are in the table under the chart, for readers who cannot see it.
 */
final class SupportChart {

    private static final String[] SUBJECT_COLOURS = {"#1f5f8b", "#b5523b", "#3b7d3b", "#7a4f9a", "#8a6d1f"};
    private static final String THRESHOLD_COLOUR = "#888888";
    private static final int[] THRESHOLD_DASH = {6, 4};

    /** Support on shareholder proposals rarely passes half; the axis grows past it when a figure does. */
    private static final int SUGGESTED_MAX = 50;

    private SupportChart() {}

    /**
     * @param thresholdLabels the legend of the three threshold lines, in the reader's language
     * @param supportAxis the title of the percentage axis
     */
    static String of(CompanyRecord company, List<String> thresholdLabels, String supportAxis) {
        var years = new TreeMap<Integer, YearRecord>();
        company.subjects().forEach(s -> s.years()
                .forEach(y -> years.putIfAbsent(y.meetingDate().getYear(), y)));
        var labels = Json.createArrayBuilder();
        years.keySet().forEach(y -> labels.add(String.valueOf(y)));

        var datasets = Json.createArrayBuilder();
        int colour = 0;
        for (var subject : company.subjects()) {
            var byYear = new TreeMap<Integer, BigDecimal>();
            subject.years().stream()
                    .filter(y -> y.support() != null)
                    .forEach(y ->
                            byYear.put(y.meetingDate().getYear(), y.support().percent()));
            if (byYear.isEmpty()) {
                continue;
            }
            var line = SUBJECT_COLOURS[colour++ % SUBJECT_COLOURS.length];
            datasets.add(dataset(subject.title(), values(years, byYear), line)
                    .add("spanGaps", true)
                    .add("pointRadius", 4));
        }
        for (int i = 0; i < thresholdLabels.size(); i++) {
            var byYear = new TreeMap<Integer, BigDecimal>();
            for (var entry : years.entrySet()) {
                var thresholds = entry.getValue().thresholds();
                if (thresholds.size() > i) {
                    byYear.put(entry.getKey(), thresholds.get(i).value());
                }
            }
            if (byYear.isEmpty()) {
                continue;
            }
            var dash = Json.createArrayBuilder();
            for (int d : THRESHOLD_DASH) {
                dash.add(d);
            }
            datasets.add(dataset(thresholdLabels.get(i), values(years, byYear), THRESHOLD_COLOUR)
                    .add("stepped", "middle")
                    .add("borderDash", dash)
                    .add("borderWidth", 1 + i)
                    .add("pointRadius", 0));
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("suggestedMax", SUGGESTED_MAX)
                                                                .add(
                                                                        "title",
                                                                        Json.createObjectBuilder()
                                                                                .add("display", true)
                                                                                .add("text", supportAxis)))))
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("fill", false);
    }

    /** One value per year of the chart, {@code null} where the line has none. */
    private static JsonArrayBuilder values(Map<Integer, YearRecord> years, Map<Integer, BigDecimal> byYear) {
        var values = Json.createArrayBuilder();
        for (var year : years.keySet()) {
            var value = byYear.get(year);
            if (value == null) {
                values.addNull();
            } else {
                values.add(value);
            }
        }
        return values;
    }
}
