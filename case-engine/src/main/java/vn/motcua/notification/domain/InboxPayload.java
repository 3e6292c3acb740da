package vn.motcua.notification.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Objects;

/**
 * An inbox notice in the outbox, addressed to one account ({@code username}) or to everyone holding a role in a
 * unit ({@code unitCode} + {@code role}); the relay resolves a unit and role to accounts when it delivers.
 */
public record InboxPayload(InboxKind kind, String username, String unitCode, String role, String dossierCode,
                           String stepKey, String note, String link) {

    public InboxPayload {
        Objects.requireNonNull(kind, "kind is required");
        if ((username == null) == (unitCode == null || role == null)) {
            throw new IllegalArgumentException("an inbox notice goes to one account or to one unit and role");
        }
    }

    public static InboxPayload toAccount(InboxKind kind, String username, String dossierCode, String stepKey,
                                         String note, String link) {
        return new InboxPayload(kind, username, null, null, dossierCode, stepKey, note, link);
    }

    public static InboxPayload toUnitRole(InboxKind kind, String unitCode, String role, String dossierCode,
                                          String stepKey, String note, String link) {
        return new InboxPayload(kind, null, unitCode, role, dossierCode, stepKey, note, link);
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("kind", kind.name());
        add(json, "username", username);
        add(json, "unitCode", unitCode);
        add(json, "role", role);
        add(json, "dossierCode", dossierCode);
        add(json, "stepKey", stepKey);
        add(json, "note", note);
        add(json, "link", link);
        return json.build().toString();
    }

    public static InboxPayload fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            return new InboxPayload(InboxKind.valueOf(o.getString("kind")), o.getString("username", null),
                    o.getString("unitCode", null), o.getString("role", null), o.getString("dossierCode", null),
                    o.getString("stepKey", null), o.getString("note", null), o.getString("link", null));
        }
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
