package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.motcua.dossier.domain.DossierNote;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;

/** Internal notes on dossiers: any official who may see a dossier leaves one; the applicant never sees them. */
@ApplicationScoped
public class DossierNotes {

    @Inject
    EntityManager em;

    @Inject
    DossierQueries queries;

    @Inject
    Clock clock;

    /**
     * @throws AccessDeniedException  when the official may not see the dossier (or is not an official)
     * @throws InvalidRequestException when the note is empty or too long
     */
    @Transactional
    public void add(Actor official, String code, String body) {
        if (official.grants().stream().noneMatch(g -> g.role() != Role.CITIZEN)) {
            throw new AccessDeniedException("only officials write notes on dossiers");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidRequestException("Ghi chú không được để trống");
        }
        if (text.length() > DossierNote.MAX_LENGTH) {
            throw new InvalidRequestException("Ghi chú dài tối đa " + DossierNote.MAX_LENGTH + " ký tự");
        }
        long dossierId = queries.readable(official, code).getId();
        String unit = official.grants().stream().filter(g -> g.role() != Role.CITIZEN && g.unitCode() != null)
                .map(Actor.Grant::unitCode).findFirst().orElse(null);
        em.persist(new DossierNote(dossierId, official.username(), unit, clock.instant(), text));
    }

    List<DossierNote> of(long dossierId) {
        return em.createQuery("select n from DossierNote n where n.dossierId = :d order by n.id", DossierNote.class)
                .setParameter("d", dossierId).getResultList();
    }
}
