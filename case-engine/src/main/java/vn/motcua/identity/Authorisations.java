package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.platform.time.BusinessTime;

/**
 * Acting on behalf of someone else: a citizen registers the authorisation document (a PDF) with the person or
 * organisation it names and its validity; the filing helper asks for the {@link RepresentedParty} of an authorisation
 * valid on the filing day. Only the holder sees, uses or revokes their authorisations.
 */
@ApplicationScoped
public class Authorisations {

    private static final Logger LOG = Logger.getLogger(Authorisations.class.getName());

    @Inject
    EntityManager em;

    @Inject
    DocumentStore documents;

    @Inject
    Clock clock;

    /**
     * Registers an authorisation with its document.
     *
     * @throws InvalidRequestException for a missing name, a malformed identifier, dates out of order or already past,
     *                                 a missing document or one that is not a PDF
     * @throws vn.motcua.documents.application.DocumentRefusedException when the store refuses the file
     */
    @Transactional
    public AuthorisationView register(Actor actor, NewAuthorisation authorisation, InputStream pdf, String fileName,
                                      String contentType) {
        requireCitizen(actor);
        PartyType type = authorisation.partyType() == null ? PartyType.INDIVIDUAL : authorisation.partyType();
        String name = CitizenAccounts.requireName(authorisation.name(), type);
        String identifier = type == PartyType.ORGANISATION
                ? TaxCode.parse(authorisation.identifier()).value()
                : PersonalId.parse(authorisation.identifier()).value();
        LocalDate today = today();
        LocalDate from = authorisation.validFrom() == null ? today : authorisation.validFrom();
        if (authorisation.validTo() != null && authorisation.validTo().isBefore(from)) {
            throw new InvalidRequestException("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực");
        }
        if (authorisation.validTo() != null && authorisation.validTo().isBefore(today)) {
            throw new InvalidRequestException("Giấy ủy quyền đã hết hiệu lực từ ngày " + authorisation.validTo());
        }
        if (pdf == null) {
            throw new InvalidRequestException("Cần tải lên giấy ủy quyền (tệp PDF)");
        }
        StoredDocument document = documents.store(actor, pdf, fileName, contentType, DocumentPurpose.DOSSIER_COMPONENT);
        if (!"application/pdf".equals(document.mediaType())) {
            throw new InvalidRequestException("Giấy ủy quyền cần là tệp PDF");
        }
        Authorisation stored = new Authorisation(actor.accountId(), type, name, identifier, document.id(), from,
                authorisation.validTo(), clock.instant());
        em.persist(stored);
        em.flush();
        LOG.info(() -> "Account " + actor.accountId() + " registered an authorisation with document " + document.id());
        return stored.view(today);
    }

    /** The actor's authorisations, newest first. */
    @Transactional
    public List<AuthorisationView> listFor(Actor actor) {
        if (actor == null || actor.accountId() == null) {
            return List.of();
        }
        LocalDate today = today();
        return em.createQuery("select a from Authorisation a where a.accountId = :account order by a.id desc",
                        Authorisation.class)
                .setParameter("account", actor.accountId())
                .getResultStream().map(a -> a.view(today)).toList();
    }

    /** Revokes one of the actor's authorisations from now on. */
    @Transactional
    public void revoke(Actor actor, long authorisationId) {
        owned(actor, authorisationId).revoke(clock.instant());
    }

    /**
     * The person or organisation the actor acts for under this authorisation on the day.
     *
     * @throws AccessDeniedException when the authorisation is not the actor's
     * @throws InvalidRequestException when it is revoked, not yet valid or expired on the day
     */
    @Transactional
    public RepresentedParty representedParty(Actor actor, long authorisationId, LocalDate day) {
        Authorisation authorisation = owned(actor, authorisationId);
        if (!authorisation.validOn(day)) {
            throw new InvalidRequestException("Giấy ủy quyền này không còn hiệu lực vào ngày " + day
                    + " (đã hết hạn, chưa đến ngày hiệu lực hoặc đã bị thu hồi)");
        }
        return authorisation.represented();
    }

    private Authorisation owned(Actor actor, long authorisationId) {
        Authorisation authorisation = em.find(Authorisation.class, authorisationId);
        if (authorisation == null || actor == null || actor.accountId() == null || !authorisation.heldBy(actor)) {
            throw new AccessDeniedException("authorisation " + authorisationId + " is not the caller's");
        }
        return authorisation;
    }

    private static void requireCitizen(Actor actor) {
        if (actor == null || actor.accountId() == null || !actor.hasRole(Role.CITIZEN)) {
            throw new AccessDeniedException("only a signed-in citizen registers an authorisation");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }
}
