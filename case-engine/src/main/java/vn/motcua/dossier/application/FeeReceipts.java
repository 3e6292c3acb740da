package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import vn.motcua.catalog.FeeKind;
import vn.motcua.documents.rendering.AgencyNames;
import vn.motcua.documents.rendering.FeeReceiptDocument;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.dossier.application.LegalTimeDocuments.RenderedPdf;
import vn.motcua.dossier.domain.CounterRecords;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.dossier.domain.FeeReceipt;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.AccountRepository;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.organization.OrgUnit;
import vn.motcua.platform.time.BusinessTime;

/**
 * The receipt of the fees paid at the counter for a dossier (biên lai thu phí, lệ phí) as a PDF, for the officials of
 * its receiving unit and its applicant, built from the recorded receipt, never from figures typed in.
 */
@ApplicationScoped
@Transactional
public class FeeReceipts {

    private static final Logger LOG = Logger.getLogger(FeeReceipts.class.getName());

    @Inject
    DossierRepository dossiers;

    @Inject
    CounterRecords records;

    @Inject
    AccountRepository accounts;

    @Inject
    PdfRenderer renderer;

    /**
     * The latest fee receipt of dossier {@code code}.
     *
     * @throws NotFoundException when the dossier does not exist or no fee was paid at the counter for it
     */
    public RenderedPdf feeReceipt(Actor viewer, String code) {
        Dossier dossier;
        try {
            dossier = dossiers.findByCode(new DossierCode(code)).orElseThrow(() -> new NotFoundException("no dossier " + code));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no dossier " + code);
        }
        OrgUnit unit = dossier.getReceivingUnit();
        boolean official = viewer.grants().stream()
                .anyMatch(g -> g.role() != Role.CITIZEN && unit.getCode().equals(g.unitCode()));
        boolean applicant = viewer.hasRole(Role.CITIZEN) && dossier.getApplicantAccountId() != null
                && dossier.getApplicantAccountId().equals(viewer.accountId());
        if (!official && !applicant) {
            throw new AccessDeniedException("not allowed to print the fee receipt of dossier " + code);
        }
        var found = records.receiptsOf(dossier.getId());
        if (found.isEmpty()) {
            throw new NotFoundException("Hồ sơ " + code + " không có khoản phí, lệ phí nào đã nộp tại quầy nên không có "
                    + "biên lai thu phí, lệ phí");
        }
        FeeReceipt receipt = found.get(found.size() - 1);
        AgencyNames.Heading heading = AgencyNames.heading(unit.getName(),
                unit.getParent() == null ? null : unit.getParent().getName());
        FeeReceiptDocument document = new FeeReceiptDocument(heading.parent(), heading.agency(),
                AgencyNames.place(unit.getName()), BusinessTime.dateOf(receipt.getCollectedAt()),
                receipt.printedNumber(), code, receipt.getPayerName(),
                dossier.getProcedureVersion().getProcedure().getName(),
                receipt.getLines().stream().map(l -> new FeeReceiptDocument.Line(
                        l.kind() == FeeKind.PHI ? "Phí" : "Lệ phí", l.description(), l.amountDue(), l.amountPaid(),
                        l.exemptionReason())).toList(),
                receipt.getTotal(), LocalDateTime.ofInstant(receipt.getCollectedAt(), BusinessTime.ZONE),
                personName(receipt.getCollectedBy()));
        byte[] pdf = renderer.render(FeeReceiptDocument.TEMPLATE, document);
        LOG.info(() -> "fee receipt " + receipt.printedNumber() + " of dossier " + code + " printed by "
                + viewer.username());
        return new RenderedPdf("bien-lai-" + code + ".pdf", pdf);
    }

    private String personName(String username) {
        return accounts.findByUsername(username).map(UserAccount::getDisplayName).orElse(username);
    }
}
