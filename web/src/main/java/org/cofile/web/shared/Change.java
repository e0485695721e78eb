package org.cofile.web.shared;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import org.cofile.domain.audit.AuditEntry;

/** One attribute an audit entry records as changed, readable in a history panel. */
public record Change(String attribute, String before, String after) implements Serializable {

    /** The entry's changes JSON ({"name": {"before": "Old", "after": "New"}}) as a list, in the order written. */
    public static List<Change> of(AuditEntry entry) {
        try (var reader = Json.createReader(new StringReader(entry.getChanges()))) {
            return reader.readObject().entrySet().stream()
                    .map(e -> {
                        var values = e.getValue().asJsonObject();
                        return new Change(e.getKey(), text(values, "before"), text(values, "after"));
                    })
                    .toList();
        }
    }

    private static String text(JsonObject values, String key) {
        var value = values.getOrDefault(key, JsonValue.NULL);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
