package vn.motcua.workflow.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.identity.AccountKind;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;

/**
 * Worklists by filter, sorted and paged, read from our own tables only: the worklist index ({@code work_item})
 * joined with the dossier and the control sheet's row of the step for its own due time. The state of a step (due
 * soon, overdue) is measured on the working calendar of the step's unit.
 */
@ApplicationScoped
@Transactional
public class WorklistQueries {

    private static final String DUE = "coalesce(s.dueAt, d.dueAt)";

    /** An official a step can be given to. */
    public record OfficialChoice(String username, String displayName) {
    }

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    @Inject
    StepHistory history;

    @Inject
    Clock clock;

    public WorklistPage find(Actor viewer, WorklistFilter filter) {
        List<Actor.Grant> grants = viewer.grants().stream()
                .filter(g -> g.unitCode() != null && g.role() != Role.CITIZEN).toList();
        if (grants.isEmpty()) {
            return new WorklistPage(List.of(), 0, filter.page(), filter.size());
        }
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        String where = where(viewer, grants, filter, now, params);
        String from = " from WorkItem w join Dossier d on d.id = w.dossierId join d.procedureVersion v"
                + " join v.procedure p left join StepRecord s on s.taskId = w.taskId where " + where;
        TypedQuery<Long> count = em.createQuery("select count(w)" + from, Long.class);
        TypedQuery<Object[]> select = em.createQuery("select w, d.code, p.code, p.name, d.applicant.name, d.receivedAt, "
                + DUE + from + " order by " + order(filter), Object[].class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Object[]> found = select.setFirstResult(filter.page() * filter.size()).setMaxResults(filter.size())
                .getResultList();
        Map<Long, String> lastHolders = history.lastHolders(found.stream()
                .map(r -> ((WorkItem) r[0]).getDossierId()).distinct().toList());
        List<WorklistRow> rows = found.stream().map(r -> row(viewer, r, now, lastHolders)).toList();
        return new WorklistPage(rows, total, filter.page(), filter.size());
    }

    /** The active officials holding a role in a unit, by name: whom a unit head can give a step to. */
    public List<OfficialChoice> officials(String unitCode, Role role) {
        return em.createQuery("""
                        select distinct a from UserAccount a join a.roles r join r.unit u
                        where u.code = :unit and r.role = :role and a.active = true and a.kind = :official
                        order by a.displayName, a.username""", UserAccount.class)
                .setParameter("unit", unitCode).setParameter("role", role)
                .setParameter("official", AccountKind.OFFICIAL)
                .getResultStream().map(a -> new OfficialChoice(a.getUsername(), a.getDisplayName())).toList();
    }

    /** The active officials holding any role in the units the actor heads (for handing over an absent one's steps). */
    public List<OfficialChoice> officialsOfHeadedUnits(Actor unitHead) {
        List<String> units = unitHead.grants().stream().filter(g -> g.role() == Role.UNIT_HEAD)
                .map(Actor.Grant::unitCode).filter(Objects::nonNull).distinct().toList();
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select distinct a from UserAccount a join a.roles r join r.unit u
                        where u.code in :units and a.active = true and a.kind = :official
                        order by a.displayName, a.username""", UserAccount.class)
                .setParameter("units", units).setParameter("official", AccountKind.OFFICIAL)
                .getResultStream().map(a -> new OfficialChoice(a.getUsername(), a.getDisplayName())).toList();
    }

    public boolean isActiveOfficialWith(String username, Role role, String unitCode) {
        return em.createQuery("""
                        select count(a) from UserAccount a join a.roles r join r.unit u where a.username = :username
                        and u.code = :unit and r.role = :role and a.active = true and a.kind = :official""", Long.class)
                .setParameter("username", username).setParameter("unit", unitCode).setParameter("role", role)
                .setParameter("official", AccountKind.OFFICIAL)
                .getSingleResult() > 0;
    }

    private String where(Actor viewer, List<Actor.Grant> grants, WorklistFilter filter, Instant now,
                         Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        switch (filter.scope()) {
            case MINE -> {
                where.append("w.assignee = :me");
                params.put("me", viewer.username());
            }
            case UNIT_QUEUE, OPEN_TO_ME -> {
                if (filter.scope() == WorklistFilter.Scope.OPEN_TO_ME) {
                    where.append("(w.assignee = :me or ");
                    params.put("me", viewer.username());
                }
                where.append("w.assignee is null and (");
                for (int n = 0; n < grants.size(); n++) {
                    where.append(n == 0 ? "" : " or ").append("(w.unitCode = :qu").append(n)
                            .append(" and w.role = :qr").append(n).append(')');
                    params.put("qu" + n, grants.get(n).unitCode());
                    params.put("qr" + n, grants.get(n).role());
                }
                where.append(filter.scope() == WorklistFilter.Scope.OPEN_TO_ME ? "))" : ")");
            }
            case ALL_OF_MY_UNITS -> {
                where.append("w.unitCode in :myUnits");
                params.put("myUnits", units(grants));
            }
        }
        if (filter.stepKey() != null) {
            where.append(" and w.stepKey = :step");
            params.put("step", filter.stepKey());
        }
        if (filter.procedureCode() != null) {
            where.append(" and p.code = :procedure");
            params.put("procedure", filter.procedureCode());
        }
        if (filter.textPattern() != null) {
            where.append(" and (lower(d.code) like :text escape '\\' or lower(d.applicant.name) like :text escape '\\')");
            params.put("text", filter.textPattern());
        }
        if (filter.state() != null) {
            where.append(" and ").append(state(filter.state(), grants, now, params));
        }
        return where.toString();
    }

    /**
     * Due soon means less than {@link Timeliness#DUE_SOON_THRESHOLD} of working time left on the unit's calendar:
     * one boundary instant per unit the viewer may see.
     */
    private String state(WorklistFilter.State state, List<Actor.Grant> grants, Instant now, Map<String, Object> params) {
        if (state != WorklistFilter.State.ON_TIME) {
            params.put("now", now);
        }
        if (state == WorklistFilter.State.OVERDUE) {
            return DUE + " < :now";
        }
        StringBuilder soon = new StringBuilder("(");
        List<String> units = units(grants);
        for (int n = 0; n < units.size(); n++) {
            WorkingCalendar calendar = calendars.forUnit(units.get(n));
            soon.append(n == 0 ? "" : " or ").append("(w.unitCode = :su").append(n).append(" and ").append(DUE)
                    .append(" < :sb").append(n).append(')');
            params.put("su" + n, units.get(n));
            params.put("sb" + n, calendar.plusWorkingTime(now, Timeliness.DUE_SOON_THRESHOLD));
        }
        soon.append(')');
        if (state == WorklistFilter.State.DUE_SOON) {
            return "(" + DUE + " >= :now and " + soon + ")";
        }
        return "(" + DUE + " is null or not " + soon + ")";
    }

    private static List<String> units(List<Actor.Grant> grants) {
        return grants.stream().map(Actor.Grant::unitCode).distinct().sorted().toList();
    }

    private static String order(WorklistFilter filter) {
        String direction = filter.descending() ? " desc" : " asc";
        String key = switch (filter.sort()) {
            case CODE -> "d.code";
            case RECEIVED -> "d.receivedAt";
            case DUE -> DUE;
            case STEP -> "w.stepKey";
        };
        return key + direction + ", w.id" + direction;
    }

    private WorklistRow row(Actor viewer, Object[] r, Instant now, Map<Long, String> lastHolders) {
        WorkItem item = (WorkItem) r[0];
        Instant due = (Instant) r[6];
        String timeliness = Timeliness.of(due, null, now, calendars.forUnit(item.getUnitCode())).name();
        String me = viewer.username();
        boolean head = viewer.holds(Role.UNIT_HEAD, item.getUnitCode()) || viewer.holds(Role.LEADER, item.getUnitCode());
        boolean unassigned = item.getAssignee() == null;
        boolean mine = me.equals(item.getAssignee());
        boolean ofMyRole = viewer.holds(item.getRole(), item.getUnitCode());
        return new WorklistRow(item.getTaskId(), item.getStepKey(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], item.getUnitCode(), item.getRole().name(), item.getAssignee(), (Instant) r[5],
                item.getCreatedAt(), due, timeliness,
                unassigned && ofMyRole, !unassigned && (mine || head), unassigned && head, !unassigned && head,
                mine || (unassigned && ofMyRole) || head,
                unassigned && me.equals(lastHolders.get(item.getDossierId())));
    }
}
