package org.cofile.web.campaigns;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cofile.domain.resolution.ResolutionState;
import org.cofile.workflow.campaign.CampaignService;

/**
 * The campaign dashboard's charts as Chart.js configurations for {@code p:chart}: signatures confirmed per day with
 * their running total, the organizations on each letter, the resolutions by state and their support. Written with
 * JSON-P, so that names with quotes stay text. An empty string where there is nothing to draw.
 */
final class CampaignCharts {

    /** The labels a chart shows, in the member's language. */
    interface Labels extends Function<String, String> {}

    private CampaignCharts() {}

    static String signaturesPerDay(List<CampaignService.DayCount> days, Labels labels) {
        if (days.isEmpty()) {
            return "";
        }
        var dayLabels = Json.createArrayBuilder();
        var perDay = Json.createArrayBuilder();
        var total = Json.createArrayBuilder();
        long running = 0;
        for (var day : days) {
            running += day.signatures();
            dayLabels.add(day.day().toString());
            perDay.add(day.signatures());
            total.add(running);
        }
        return chart(
                "bar",
                dayLabels,
                Json.createArrayBuilder()
                        .add(dataset(labels.apply("campaigns.chart.perDay"), perDay)
                                .add("yAxisID", "y"))
                        .add(dataset(labels.apply("campaigns.chart.total"), total)
                                .add("type", "line")
                                .add("yAxisID", "total")),
                Json.createObjectBuilder()
                        .add(
                                "scales",
                                Json.createObjectBuilder()
                                        .add("y", axis("left"))
                                        .add("total", axis("right"))));
    }

    static String letters(List<CampaignService.LetterLine> letters, Labels labels) {
        if (letters.isEmpty()) {
            return "";
        }
        var names = Json.createArrayBuilder();
        var signed = Json.createArrayBuilder();
        var approved = Json.createArrayBuilder();
        for (var line : letters) {
            names.add(line.letter().getCompany().getName());
            signed.add(line.signed());
            approved.add(line.approved());
        }
        return chart(
                "bar",
                names,
                Json.createArrayBuilder()
                        .add(dataset(labels.apply("campaigns.chart.signed"), signed))
                        .add(dataset(labels.apply("campaigns.chart.approved"), approved)),
                Json.createObjectBuilder());
    }

    static String resolutionStates(List<CampaignService.ResolutionLine> resolutions, Labels labels) {
        if (resolutions.isEmpty()) {
            return "";
        }
        Map<ResolutionState, Long> byState = new EnumMap<>(ResolutionState.class);
        resolutions.forEach(r -> byState.merge(r.resolution().getState(), 1L, Long::sum));
        var names = Json.createArrayBuilder();
        var counts = Json.createArrayBuilder();
        byState.forEach((state, count) -> {
            names.add(labels.apply("ResolutionState." + state));
            counts.add(count);
        });
        return chart(
                "doughnut",
                names,
                Json.createArrayBuilder().add(dataset(labels.apply("campaigns.chart.resolutions"), counts)),
                Json.createObjectBuilder());
    }

    /** Support at the vote, for the resolutions whose vote is recorded (the SEC formula, or as reported). */
    static String support(List<CampaignService.ResolutionLine> resolutions, Labels labels) {
        var voted = new ArrayList<CampaignService.ResolutionLine>();
        resolutions.stream().filter(r -> r.support() != null).forEach(voted::add);
        if (voted.isEmpty()) {
            return "";
        }
        var names = Json.createArrayBuilder();
        var percents = Json.createArrayBuilder();
        for (var line : voted) {
            var r = line.resolution();
            names.add(r.getCompany().getName() + " "
                    + r.getMeeting().getMeetingDate().getYear());
            percents.add(line.support());
        }
        return chart(
                "bar",
                names,
                Json.createArrayBuilder().add(dataset(labels.apply("campaigns.chart.support"), percents)),
                Json.createObjectBuilder()
                        .add(
                                "scales",
                                Json.createObjectBuilder()
                                        .add(
                                                "y",
                                                Json.createObjectBuilder()
                                                        .add("min", 0)
                                                        .add("max", 100))));
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data) {
        return Json.createObjectBuilder().add("label", label).add("data", data);
    }

    private static JsonObjectBuilder axis(String position) {
        return Json.createObjectBuilder().add("position", position).add("beginAtZero", true);
    }

    private static String chart(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options.add("maintainAspectRatio", false))
                .build()
                .toString();
    }
}
