package vn.motcua.web.supervision;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations (the library PrimeFaces bundles; nothing from a CDN) for {@code p:chart}. Colours are
 * dark enough against white, and every chart on the page has a table with the same numbers next to it.
 */
final class DashboardCharts {

    private static final String[] COLOURS = {"#1d4ed8", "#15803d", "#b91c1c", "#7c3aed"};

    record Series(String label, List<Long> values) {
    }

    private DashboardCharts() {
    }

    static String bar(List<String> labels, String seriesLabel, List<Long> values) {
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < values.size(); i++) {
            colours.add(COLOURS[i % COLOURS.length]);
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", seriesLabel)
                .add("data", numbers(values)).add("backgroundColor", colours);
        return config("bar", labels, Json.createArrayBuilder().add(dataset), false);
    }

    static String lines(List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label())
                    .add("data", numbers(series.get(i).values())).add("fill", false)
                    .add("borderColor", COLOURS[i % COLOURS.length])
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        return config("line", labels, datasets, true);
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets, boolean legend) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
