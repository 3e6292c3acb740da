package vn.motcua.web.citizen;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.domain.ReturnMethod;

/**
 * The answers of the guided filing form as they stand, kept in the draft as JSON between steps: receiving unit,
 * applicant, on-behalf party, declaration fields, the file chosen for each component, and the way of returning the
 * result.
 */
public class FilingAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The file chosen for a component: its document, its name as uploaded, and whether uploaded now or reused. */
    public record ChosenFile(long documentId, String name, String provenance) implements Serializable {
    }

    String receivingUnitCode;
    String applicantName;
    String applicantPersonalId;
    String applicantPhone;
    String applicantEmail;
    boolean onBehalf;
    String onBehalfName;
    String onBehalfPersonalId;
    String onBehalfRelationship;
    /** The id of the applicant's authorisation the dossier is filed under, or null. */
    String onBehalfAuthorisation;
    final Map<String, String> fields = new LinkedHashMap<>();
    final Map<Integer, ChosenFile> components = new TreeMap<>();
    String returnMethod;
    String postalAddress;

    /** The answers as the draft keeps them. */
    String answersJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "receivingUnitCode", receivingUnitCode);
        put(json, "applicantName", applicantName);
        put(json, "applicantPersonalId", applicantPersonalId);
        put(json, "applicantPhone", applicantPhone);
        put(json, "applicantEmail", applicantEmail);
        json.add("onBehalf", onBehalf);
        put(json, "onBehalfName", onBehalfName);
        put(json, "onBehalfPersonalId", onBehalfPersonalId);
        put(json, "onBehalfRelationship", onBehalfRelationship);
        put(json, "onBehalfAuthorisation", onBehalfAuthorisation);
        JsonObjectBuilder values = Json.createObjectBuilder();
        fields.forEach((k, v) -> put(values, k, v));
        json.add("fields", values);
        put(json, "returnMethod", returnMethod);
        put(json, "postalAddress", postalAddress);
        return json.build().toString();
    }

    /** The chosen files as the draft keeps them: position → {documentId, name, provenance}. */
    String componentsJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        components.forEach((position, file) -> json.add(String.valueOf(position), Json.createObjectBuilder()
                .add("documentId", file.documentId())
                .add("name", file.name() == null ? "" : file.name())
                .add("provenance", file.provenance() == null ? "UPLOAD" : file.provenance())));
        return json.build().toString();
    }

    /** The answers of a draft. */
    static FilingAnswers of(String answers, String components) {
        FilingAnswers a = new FilingAnswers();
        JsonObject json = Json.createReader(new StringReader(answers == null ? "{}" : answers)).readObject();
        a.receivingUnitCode = text(json, "receivingUnitCode");
        a.applicantName = text(json, "applicantName");
        a.applicantPersonalId = text(json, "applicantPersonalId");
        a.applicantPhone = text(json, "applicantPhone");
        a.applicantEmail = text(json, "applicantEmail");
        a.onBehalf = json.getBoolean("onBehalf", false);
        a.onBehalfName = text(json, "onBehalfName");
        a.onBehalfPersonalId = text(json, "onBehalfPersonalId");
        a.onBehalfRelationship = text(json, "onBehalfRelationship");
        a.onBehalfAuthorisation = text(json, "onBehalfAuthorisation");
        JsonObject values = json.containsKey("fields") && json.get("fields").getValueType() == JsonValue.ValueType.OBJECT
                ? json.getJsonObject("fields") : JsonValue.EMPTY_JSON_OBJECT;
        values.keySet().forEach(k -> a.fields.put(k, values.getString(k, null)));
        a.returnMethod = text(json, "returnMethod");
        a.postalAddress = text(json, "postalAddress");
        JsonObject files = Json.createReader(new StringReader(components == null ? "{}" : components)).readObject();
        for (String position : files.keySet()) {
            JsonObject file = files.getJsonObject(position);
            a.components.put(Integer.valueOf(position), new ChosenFile(file.getJsonNumber("documentId").longValue(),
                    file.getString("name", ""), file.getString("provenance", "UPLOAD")));
        }
        return a;
    }

    /** The request the answers make. */
    FilingRequest request(String procedureCode) {
        List<FilingRequest.ComponentFile> files = components.entrySet().stream()
                .map(e -> new FilingRequest.ComponentFile(e.getKey(), e.getValue().documentId())).toList();
        FilingRequest.OnBehalf party = onBehalf
                ? new FilingRequest.OnBehalf(onBehalfName, onBehalfPersonalId, onBehalfRelationship,
                        onBehalfAuthorisation == null || onBehalfAuthorisation.isBlank() ? null
                                : Long.valueOf(onBehalfAuthorisation)) : null;
        return new FilingRequest(procedureCode, receivingUnitCode, applicantName, applicantPersonalId, applicantPhone,
                applicantEmail, fields, files, returnMethod == null ? null : ReturnMethod.valueOf(returnMethod),
                postalAddress, party);
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value.strip());
        }
    }

    private static String text(JsonObject json, String name) {
        return json.containsKey(name) && json.get(name).getValueType() == JsonValue.ValueType.STRING
                ? json.getString(name) : null;
    }
}
