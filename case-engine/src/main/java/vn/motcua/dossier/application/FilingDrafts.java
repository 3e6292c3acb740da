package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.motcua.catalog.Catalog;
import vn.motcua.dossier.domain.FilingDraft;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.platform.time.BusinessTime;

/**
 * The drafts of a citizen's online filings ("Hồ sơ đang soạn"): started from a procedure, saved at every step,
 * listed to resume or delete, removed when submitted. A citizen sees and changes only their own drafts.
 */
@ApplicationScoped
@Transactional
public class FilingDrafts {

    /** A draft as listed: its procedure, the step reached and when it was last saved. */
    public record DraftView(long id, String procedureCode, String procedureName, String answers, String components,
                            int stepReached, Instant updatedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    Clock clock;

    /** Starts a draft of a procedure that can be filed online today. */
    public DraftView start(Actor citizen, String procedureCode) {
        requireCitizen(citizen);
        var version = catalog.versionInForce(procedureCode, BusinessTime.dateOf(clock.instant()))
                .orElseThrow(() -> new NotFoundException("procedure " + procedureCode + " is not in force"));
        if (!version.getProcedure().getOnlineLevel().allowsOnlineFiling()) {
            throw new IllegalArgumentException("procedure " + procedureCode + " cannot be filed online");
        }
        FilingDraft draft = new FilingDraft(citizen.accountId(), procedureCode, clock.instant());
        em.persist(draft);
        em.flush();
        return view(draft);
    }

    /** Saves a draft after a step. */
    public DraftView save(Actor citizen, long id, String answers, String components, int step) {
        FilingDraft draft = own(citizen, id);
        draft.save(answers, components, step, clock.instant());
        return view(draft);
    }

    public DraftView get(Actor citizen, long id) {
        return view(own(citizen, id));
    }

    /** The citizen's drafts, last saved first. */
    public List<DraftView> mine(Actor citizen) {
        requireCitizen(citizen);
        return em.createQuery("select d from FilingDraft d where d.ownerAccount = :owner order by d.updatedAt desc",
                        FilingDraft.class)
                .setParameter("owner", citizen.accountId())
                .setMaxResults(50)
                .getResultList().stream().map(this::view).toList();
    }

    /** Deletes a draft (the citizen gave up, or it was submitted); nothing when it is already gone. */
    public void delete(Actor citizen, long id) {
        requireCitizen(citizen);
        FilingDraft draft = em.find(FilingDraft.class, id);
        if (draft == null) {
            return;
        }
        if (!draft.ownedBy(citizen.accountId())) {
            throw new AccessDeniedException("draft " + id + " belongs to another account");
        }
        em.remove(draft);
    }

    private FilingDraft own(Actor citizen, long id) {
        requireCitizen(citizen);
        FilingDraft draft = em.find(FilingDraft.class, id);
        if (draft == null) {
            throw new NotFoundException("draft " + id + " does not exist");
        }
        if (!draft.ownedBy(citizen.accountId())) {
            throw new AccessDeniedException("draft " + id + " belongs to another account");
        }
        return draft;
    }

    private DraftView view(FilingDraft draft) {
        String name = catalog.summaryInForce(draft.getProcedureCode()).map(p -> p.name())
                .orElse(draft.getProcedureCode());
        return new DraftView(draft.getId(), draft.getProcedureCode(), name, draft.getAnswers(), draft.getComponents(),
                draft.getStepReached(), draft.getUpdatedAt());
    }

    private static void requireCitizen(Actor citizen) {
        if (citizen.accountId() == null || !citizen.hasRole(Role.CITIZEN)) {
            throw new AccessDeniedException("only a signed-in citizen has drafts");
        }
    }
}
