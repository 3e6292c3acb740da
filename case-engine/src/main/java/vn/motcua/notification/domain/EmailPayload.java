package vn.motcua.notification.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Objects;

/** A rendered e-mail in the outbox: complete, so the relay needs nothing else to send it. */
public record EmailPayload(String to, String subject, String text) {

    public EmailPayload {
        Objects.requireNonNull(to, "recipient is required");
        Objects.requireNonNull(subject, "subject is required");
        Objects.requireNonNull(text, "text is required");
    }

    public String toJson() {
        return Json.createObjectBuilder().add("to", to).add("subject", subject).add("text", text).build().toString();
    }

    public static EmailPayload fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return new EmailPayload(object.getString("to"), object.getString("subject"), object.getString("text"));
        }
    }
}
