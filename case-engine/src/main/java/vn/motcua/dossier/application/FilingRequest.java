package vn.motcua.dossier.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.dossier.domain.ReturnMethod;

/**
 * What a citizen submits: the procedure, the receiving unit, the applicant, the procedure's own fields, the file
 * chosen for each component, how the result is to be returned (by post: where) and, optionally, the person the
 * applicant acts for. Validated by {@link DossierFiling}.
 *
 * @param components   the file of each component, by the component's position in the procedure version (1-based)
 * @param returnMethod how the result is to be returned; null means online when the procedure allows it, else at the
 *                     desk
 * @param onBehalfOf   the person the applicant files for, or null when filing for themself
 */
public record FilingRequest(String procedureCode, String receivingUnitCode, String applicantName,
                            String applicantPersonalId, String applicantPhone, String applicantEmail,
                            Map<String, String> fields, List<ComponentFile> components, ReturnMethod returnMethod,
                            String postalAddress, OnBehalf onBehalfOf) {

    /** The file given for one component: a document of the citizen's own store (uploaded now or earlier). */
    public record ComponentFile(int position, long documentId) {
    }

    /**
     * The person or organisation an applicant files for (con, cha mẹ, người được ủy quyền...). With an authorisation
     * the applicant registered on their profile, the filing takes the represented party from it (checked valid today
     * and the applicant's own) and attaches its document; without one, a relative files on the applicant's word.
     *
     * @param authorisationId the applicant's authorisation to act for this party, or null
     */
    public record OnBehalf(String name, String personalId, String relationship, Long authorisationId) {

        public OnBehalf(String name, String personalId, String relationship) {
            this(name, personalId, relationship, null);
        }
    }

    public FilingRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        components = components == null ? List.of() : List.copyOf(components);
    }

    /** A request without components, return method or on-behalf party (the form of the walking skeleton). */
    public FilingRequest(String procedureCode, String receivingUnitCode, String applicantName,
                         String applicantPersonalId, String applicantPhone, String applicantEmail,
                         Map<String, String> fields) {
        this(procedureCode, receivingUnitCode, applicantName, applicantPersonalId, applicantPhone, applicantEmail,
                fields, List.of(), null, null, null);
    }

    /**
     * A SHA-256 of the request in a canonical form (fields and components sorted, blanks as absent): two requests
     * with the same fingerprint ask for the same dossier, whatever the order their client wrote them in.
     */
    public String fingerprint() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "procedureCode", procedureCode);
        put(json, "receivingUnitCode", receivingUnitCode);
        put(json, "applicantName", applicantName);
        put(json, "applicantPersonalId", applicantPersonalId);
        put(json, "applicantPhone", applicantPhone);
        put(json, "applicantEmail", applicantEmail);
        JsonObjectBuilder sortedFields = Json.createObjectBuilder();
        new TreeMap<>(fields).forEach((k, v) -> put(sortedFields, k, v));
        json.add("fields", sortedFields);
        JsonArrayBuilder files = Json.createArrayBuilder();
        components.stream().sorted(Comparator.comparingInt(ComponentFile::position).thenComparingLong(
                ComponentFile::documentId)).forEach(c -> files.add(c.position() + ":" + c.documentId()));
        json.add("components", files);
        put(json, "returnMethod", returnMethod == null ? null : returnMethod.name());
        put(json, "postalAddress", postalAddress);
        if (onBehalfOf != null) {
            JsonObjectBuilder party = Json.createObjectBuilder();
            put(party, "name", onBehalfOf.name());
            put(party, "personalId", onBehalfOf.personalId());
            put(party, "relationship", onBehalfOf.relationship());
            put(party, "authorisationId", onBehalfOf.authorisationId() == null ? null
                    : onBehalfOf.authorisationId().toString());
            json.add("onBehalfOf", party);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.build().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value.strip());
        }
    }
}
