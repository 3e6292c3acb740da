package vn.motcua.dossier.application;

import java.util.List;
import java.util.Map;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.dossier.domain.ReturnMethod;

/**
 * What the online form asks for each procedure beyond the applicant and the components: its declaration fields, and
 * the ways of returning the result its online level allows (DOMAIN.md §1.4, §5.3).
 */
public final class FilingForms {

    /**
     * The declaration fields of the demo procedures, in form order: birth registration (TT 04/2024/TT-BTP),
     * marriage registration, the building permit application, permanent residence (form CT01) and the allowance for a martyr's relatives (routed
     * across levels). Declaration forms become catalogue data with the procedure components.
     */
    private static final Map<String, List<String>> DECLARATION_FIELDS = Map.of(
            "1.001193", List.of("childName", "childBirthDate", "childSex", "childBirthPlace", "motherName",
                    "fatherName"),
            "1.000894", List.of("spouseName", "spouseBirthDate", "spousePersonalId", "residence"),
            "1.013225", List.of("plotAddress", "landUseCertificate", "floorArea", "floors"),
            "1.010801", List.of("martyrName", "martyrCertificate", "relationship"),
            "1.004222", List.of("residenceAddress", "householdHead", "relationshipToHead"));

    private FilingForms() {
    }

    /** The declaration fields of a procedure, all required, in form order (none for a procedure without its form). */
    public static List<String> declarationFields(String procedureCode) {
        return DECLARATION_FIELDS.getOrDefault(procedureCode, List.of());
    }

    /**
     * How the result may be returned: a fully online procedure returns it online or by public post (a paper copy
     * on request); one only partly online, where the applicant comes to the desk with the originals, at the desk or
     * by public post.
     */
    public static List<ReturnMethod> returnMethods(OnlineLevel level) {
        return switch (level) {
            case FULL_ONLINE -> List.of(ReturnMethod.ONLINE, ReturnMethod.BY_POST);
            case PARTIAL_ONLINE -> List.of(ReturnMethod.AT_DESK, ReturnMethod.BY_POST);
            case INFORMATION_ONLY -> List.of();
        };
    }

    /** How a way of returning the result reads in Vietnamese. */
    public static String returnLabel(ReturnMethod method) {
        return switch (method) {
            case ONLINE -> "nhận kết quả trực tuyến";
            case AT_DESK -> "nhận tại Bộ phận Một cửa";
            case BY_POST -> "nhận qua bưu chính công ích";
        };
    }
}
