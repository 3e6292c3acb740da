package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierHistoryEntry;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.platform.transactions.RetriedOnConflict;

/**
 * The applicant answers a supplement request online: sees its reasons, the items asked for and the deadline,
 * uploads a document per item and sends the supplement. Sending attaches the documents to the dossier and hands the
 * supplement in as the desk would ({@link SupplementHandIn}): the clock resumes or restarts, the process moves on.
 */
@ApplicationScoped
@RetriedOnConflict
public class CitizenSupplements {

    private static final Logger LOG = Logger.getLogger(CitizenSupplements.class.getName());

    /** The open supplement request of a dossier: when, its reasons, the items (one per line), the deadline. */
    public record SupplementRequestView(Instant requestedAt, Instant deadline, String reasons, List<String> items,
                                        boolean atIntake) {
    }

    /** A document the applicant uploaded for one item of the request. */
    public record ProvidedDocument(String item, long documentId) {
    }

    /** A document handed in for a supplement, as the dossier page lists it. */
    public record SupplementDocumentView(String item, long documentId, Instant providedAt) {
    }

    @Inject
    ApplicantDossiers applicantDossiers;

    @Inject
    Milestones milestones;

    @Inject
    DocumentStore documents;

    @Inject
    SupplementHandIn handIn;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The supplement request the applicant has to answer now, if the dossier waits for one. */
    @Transactional
    public Optional<SupplementRequestView> openRequest(Actor citizen, String code) {
        Dossier dossier = applicantDossiers.owned(citizen, code);
        if (dossier.getStatus() != DossierStatus.AWAITING_SUPPLEMENT) {
            return Optional.empty();
        }
        return Milestones.latestSupplementRequest(dossier).map(h -> view(dossier, h));
    }

    private SupplementRequestView view(Dossier dossier, DossierHistoryEntry asked) {
        List<String> items = Milestones.itemsOf(asked.getNote());
        return new SupplementRequestView(asked.getOccurredAt(), milestones.supplementDeadline(dossier,
                asked.getOccurredAt()), asked.getNote(), items.isEmpty() ? List.of("Hồ sơ bổ sung") : items,
                asked.getAction().equals("SUPPLEMENT_REQUESTED_AT_INTAKE"));
    }

    /**
     * Sends the supplement: at least one document, each uploaded by the applicant for an item of the request.
     *
     * @throws InvalidRequestException when the dossier does not wait for a supplement, no document is given, a
     *                                 document is not the applicant's upload or names an item not asked for
     */
    @Transactional
    public void provide(Actor citizen, String code, List<ProvidedDocument> provided, String note) {
        Dossier dossier = applicantDossiers.owned(citizen, code);
        if (dossier.getStatus() != DossierStatus.AWAITING_SUPPLEMENT) {
            throw new InvalidRequestException("Hồ sơ " + code + " không ở trạng thái chờ bổ sung");
        }
        SupplementRequestView request = Milestones.latestSupplementRequest(dossier).map(h -> view(dossier, h))
                .orElseThrow(() -> new InvalidRequestException("Hồ sơ " + code + " không có yêu cầu bổ sung"));
        List<ProvidedDocument> given = provided == null ? List.of() : provided;
        if (given.isEmpty()) {
            throw new InvalidRequestException("Cần tải lên ít nhất một giấy tờ bổ sung trước khi gửi");
        }
        Instant now = clock.instant();
        for (ProvidedDocument document : given) {
            if (document.item() == null || !request.items().contains(document.item())) {
                throw new InvalidRequestException("Giấy tờ bổ sung phải ứng với một mục trong yêu cầu bổ sung");
            }
            StoredDocument stored;
            try {
                stored = documents.describe(citizen, document.documentId());
            } catch (RuntimeException e) {
                throw new InvalidRequestException("Không tìm thấy tệp đã tải lên cho mục: " + document.item());
            }
            if (stored.purpose() != DocumentPurpose.DOSSIER_COMPONENT || !citizen.username().equals(stored.createdBy())) {
                throw new InvalidRequestException("Tệp cho mục \"" + document.item() + "\" không phải tệp ông/bà đã tải lên");
            }
            em.persist(new vn.motcua.dossier.domain.SupplementDocument(dossier.getId(), document.item(),
                    document.documentId(), citizen.username(), now));
        }
        String text = (note == null || note.isBlank() ? "" : note.strip() + " — ") + "Nộp bổ sung trực tuyến "
                + given.size() + " tệp";
        handIn.handIn(dossier, citizen, text);
        LOG.info(() -> "Dossier " + code + ": supplement sent online with " + given.size() + " document(s)");
    }

    /** The documents handed in online for the dossier's supplements, oldest first (applicant or officials). */
    @Transactional
    public List<SupplementDocumentView> documentsOf(long dossierId) {
        return em.createQuery("select s from SupplementDocument s where s.dossierId = :d order by s.id",
                        vn.motcua.dossier.domain.SupplementDocument.class).setParameter("d", dossierId).getResultList()
                .stream().map(s -> new SupplementDocumentView(s.getItem(), s.getDocumentId(), s.getProvidedAt()))
                .toList();
    }
}
