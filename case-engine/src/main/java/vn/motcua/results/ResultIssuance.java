package vn.motcua.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.documents.application.DocumentContent;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.identity.AccountRepository;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.UserAccount;
import vn.motcua.organization.OrgUnit;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.signing.OfficialSigner;
import vn.motcua.signing.SigningService;

/**
 * Makes a dossier's result a legal document, inside the step use cases of the workflow: the leader's step renders
 * the result and signs it with the leader's personal certificate; the clerk's step gives it the next number of the
 * agency's register and applies the agency's seal signature over the leader's (an incremental update: the first
 * signature stays valid). Every version is kept in the document store; the dossier points at the current one.
 */
@ApplicationScoped
public class ResultIssuance {

    private static final Logger LOG = Logger.getLogger(ResultIssuance.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    EntityManager em;

    @Inject
    DocumentNumbers numbers;

    @Inject
    SigningService signing;

    @Inject
    DocumentStore store;

    @Inject
    ResultDocuments documents;

    @Inject
    AccountRepository accounts;

    @Inject
    AuditTrail audit;

    /** The result of a dossier, if its leader has signed one. */
    public Optional<DossierResult> of(long dossierId) {
        return em.createQuery("SELECT r FROM DossierResult r WHERE r.dossierId = :d", DossierResult.class)
                .setParameter("d", dossierId).getResultStream().findFirst();
    }

    /** The result a verification key belongs to. */
    public Optional<DossierResult> byVerificationCode(String code) {
        return em.createQuery("SELECT r FROM DossierResult r WHERE r.verificationCode = :c", DossierResult.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    /** The result whose current PDF has this SHA-256. */
    public Optional<DossierResult> bySha256(String sha256) {
        return em.createQuery("SELECT r FROM DossierResult r WHERE r.documentSha256 = :s", DossierResult.class)
                .setParameter("s", sha256).getResultStream().findFirst();
    }

    /**
     * Renders the dossier's result and signs it in the leader's name, in the caller's transaction. The caller has
     * checked that the leader may act and has had the leader re-confirm who they are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierResult signByLeader(Actor leader, Dossier dossier, SigningCapacity capacity, Instant at) {
        return signByLeader(leader, dossier, dossier.getReceivingUnit(), capacity, at);
    }

    /**
     * The same for a dossier decided by another agency than the one that received it (the last level of a chain):
     * {@code agency} issues the result and seals it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierResult signByLeader(Actor leader, Dossier dossier, OrgUnit agency, SigningCapacity capacity,
                                      Instant at) {
        UserAccount account = accounts.findByUsername(leader.username())
                .orElseThrow(() -> new IllegalStateException("no account of signer " + leader.username()));
        Optional<DossierResult> earlier = of(dossier.getId());
        String verificationCode = earlier.map(DossierResult::getVerificationCode).orElseGet(ResultIssuance::newKey);
        String onBehalf = capacity.onBehalfLine(agency);
        String title = dossier.refusalReasons().isPresent() ? ResultDocuments.REFUSAL_TITLE
                : dossier.getProcedureVersion().getResultName();
        byte[] draft = documents.render(dossier, agency, verificationCode, account, onBehalf, at);
        byte[] signed = signing.signAsOfficial(draft, new OfficialSigner(account.getUsername(),
                account.getDisplayName(), account.getPositionTitle(), agency.getCode(), agency.getName(), onBehalf));
        StoredDocument stored = keep(leader, signed, "ket-qua-" + dossier.getCode().value() + "-da-ky.pdf");
        DossierResult result;
        if (earlier.isPresent()) {
            result = earlier.get();
            result.resigned(stored.id(), stored.sha256(), account.getUsername(), account.getDisplayName(),
                    account.getPositionTitle(), onBehalf, at);
        } else {
            result = DossierResult.signed(dossier.getId(), verificationCode, title, agency.getCode(), agency.getName(),
                    stored.id(), stored.sha256(), account.getUsername(), account.getDisplayName(),
                    account.getPositionTitle(), onBehalf, at);
            em.persist(result);
        }
        audit.record(leader, new AuditedChange("RESULT_SIGNED", AuditTrail.DOSSIER, dossier.getCode().value(),
                agency.getCode(), null, "result \"" + title + "\" signed" + (onBehalf == null ? "" : " " + onBehalf)
                + "; document " + stored.id(), null));
        LOG.info(() -> "Result of dossier " + dossier.getCode() + " signed by " + leader.username());
        return result;
    }

    /**
     * Numbers the signed result in the agency's register of the year and applies the agency's seal signature, in the
     * caller's transaction.
     *
     * @throws InvalidRequestException when the leader has not signed the result, or it was issued already
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierResult numberAndSeal(Actor clerk, Dossier dossier, Instant at) {
        DossierResult result = of(dossier.getId()).filter(r -> r.getState() == DossierResult.State.SIGNED)
                .orElseThrow(() -> new InvalidRequestException("Hồ sơ " + dossier.getCode().value()
                        + " chưa có kết quả được lãnh đạo ký số nên chưa thể cấp số và đóng dấu; đề nghị lãnh đạo "
                        + "phê duyệt và ký lại."));
        int year = BusinessTime.dateOf(at).getYear();
        int number = numbers.next(result.getAgencyCode(), year);
        String symbol = NumberSymbols.of(result.getTitle(), result.getAgencyName());
        byte[] signed = read(result.getDocumentId());
        byte[] sealed = signing.sealAsAgency(signed, result.getAgencyCode(), result.getAgencyName(),
                "Số: " + number + "/" + symbol + ", ngày " + DAY.format(BusinessTime.dateOf(at)));
        StoredDocument stored = keep(clerk, sealed, "ket-qua-" + dossier.getCode().value() + ".pdf");
        result.issued(year, number, symbol, stored.id(), stored.sha256(), clerk.username(), at);
        audit.record(clerk, new AuditedChange("RESULT_SEALED", AuditTrail.DOSSIER, dossier.getCode().value(),
                result.getAgencyCode(), "result signed", "result numbered " + result.numberAndSymbol()
                + " and sealed; document " + stored.id(), null));
        LOG.info(() -> "Result of dossier " + dossier.getCode() + " issued as " + result.numberAndSymbol());
        return result;
    }

    /** The bytes of the result's current PDF; the caller has established that the reader may see it. */
    public byte[] read(long documentId) {
        try (DocumentContent content = store.openPublished(documentId)) {
            return content.bytes().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read result document " + documentId, e);
        }
    }

    private StoredDocument keep(Actor by, byte[] pdf, String name) {
        return store.store(by, new ByteArrayInputStream(pdf), name, "application/pdf", DocumentPurpose.ISSUED);
    }

    private static String newKey() {
        byte[] key = new byte[18];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
