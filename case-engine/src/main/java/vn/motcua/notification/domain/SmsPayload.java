package vn.motcua.notification.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Objects;

/** A text message in the outbox. */
public record SmsPayload(String phone, String text) {

    public SmsPayload {
        Objects.requireNonNull(phone, "phone number is required");
        Objects.requireNonNull(text, "text is required");
    }

    public String toJson() {
        return Json.createObjectBuilder().add("phone", phone).add("text", text).build().toString();
    }

    public static SmsPayload fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return new SmsPayload(object.getString("phone"), object.getString("text"));
        }
    }
}
