package vn.motcua.dossier.application;

import java.util.Map;

/**
 * What a citizen submits: the procedure, the receiving unit, the applicant and the procedure's own fields.
 * Validated by {@link DossierFiling}.
 */
public record FilingRequest(String procedureCode, String receivingUnitCode, String applicantName,
                            String applicantPersonalId, String applicantPhone, String applicantEmail,
                            Map<String, String> fields) {

    public FilingRequest {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
