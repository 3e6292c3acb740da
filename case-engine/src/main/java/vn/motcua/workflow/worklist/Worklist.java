package vn.motcua.workflow.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.identity.Actor;

/** Reads the worklist index: the open steps an official may take, and the open steps of a dossier. */
@ApplicationScoped
public class Worklist {

    @Inject
    EntityManager em;

    /** Open steps whose unit and role the actor holds, oldest first. */
    public List<WorkItem> openFor(Actor actor, int limit) {
        if (actor.grants().isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        List<Object[]> params = new ArrayList<>();
        for (Actor.Grant grant : actor.grants()) {
            if (grant.unitCode() == null) {
                continue;
            }
            if (!where.isEmpty()) {
                where.append(" or ");
            }
            int n = params.size();
            where.append("(w.unitCode = :u").append(n).append(" and w.role = :r").append(n).append(')');
            params.add(new Object[] {grant.unitCode(), grant.role()});
        }
        if (where.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select w from WorkItem w where (" + where + ") order by w.id", WorkItem.class);
        for (int n = 0; n < params.size(); n++) {
            query.setParameter("u" + n, params.get(n)[0]);
            query.setParameter("r" + n, params.get(n)[1]);
        }
        return query.setMaxResults(limit).getResultList();
    }

    public List<WorkItem> openOfDossier(long dossierId) {
        return em.createQuery("select w from WorkItem w where w.dossierId = :d order by w.id", WorkItem.class)
                .setParameter("d", dossierId)
                .getResultList();
    }

    /** The open steps an official holds in the given units, oldest first. */
    public List<WorkItem> heldBy(String username, List<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from WorkItem w where w.assignee = :username and w.unitCode in :units"
                        + " order by w.id", WorkItem.class)
                .setParameter("username", username)
                .setParameter("units", unitCodes)
                .getResultList();
    }

    public Optional<WorkItem> byTaskId(String taskId) {
        return em.createQuery("select w from WorkItem w where w.taskId = :t", WorkItem.class)
                .setParameter("t", taskId)
                .getResultStream()
                .findFirst();
    }
}
