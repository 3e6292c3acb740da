package vn.motcua.dossier.application;

import java.util.List;
import java.util.Map;
import vn.motcua.dossier.domain.PaperForm;

/**
 * What the desk enters for a paper dossier handed in at the counter: the procedure and receiving unit, the applicant,
 * each component received (its form and its scan), the exemptions ticked with their reasons and, for a procedure only
 * partly online, that the originals were checked. Validated by {@link CounterIntake}.
 *
 * @param components      the components received, by their position in the procedure version (1-based)
 * @param exemptions      the reason of each exempted fee, by the fee's position in the version (1-based)
 * @param payerName       who paid the fees, or null for the applicant
 * @param originalsChecked the desk compared the originals with the scans
 */
public record CounterIntakeRequest(String procedureCode, String receivingUnitCode, String applicantName,
                                   String applicantPersonalId, String applicantPhone, String applicantEmail,
                                   String applicantAddress, List<ReceivedPaper> components,
                                   Map<Integer, String> exemptions, String payerName, boolean originalsChecked) {

    /**
     * One component as received.
     *
     * @param documentId its scan in the document store, or null when it was only shown
     */
    public record ReceivedPaper(int position, PaperForm form, Long documentId) {
    }

    public CounterIntakeRequest {
        components = components == null ? List.of() : List.copyOf(components);
        exemptions = exemptions == null ? Map.of() : Map.copyOf(exemptions);
    }
}
