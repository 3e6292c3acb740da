package vn.motcua.web.supervision;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.organization.Organisation;
import vn.motcua.organization.UnitView;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.OutsideSubtreeException;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.SupervisionQueries;
import vn.motcua.web.shared.Messages;

/**
 * What the supervision pages share: the filter from the address, the period and the scope it resolves to (the
 * supervisor's own subtree only), and a clear message — with status 403 for a unit outside the subtree — when the
 * choice cannot be shown.
 */
public abstract class ScopedPage implements Serializable {

    @Inject
    transient SupervisionQueries queries;

    @Inject
    transient Organisation organisation;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private final DashboardFilter filter = new DashboardFilter();
    private Period period;
    private StatisticsScope scope;
    private String scopeName;
    private String parentCode;
    private String rootCode;
    private String problem;

    /** Resolves the period and scope from the filter; true when the page can show data. */
    protected boolean resolve() {
        problem = null;
        scope = null;
        if (!actor.hasRole(Role.SUPERVISOR) && !actor.hasRole(Role.ADMIN)) {
            return refuse(messages.get("supervision.forbidden"));
        }
        try {
            period = filter.resolve(BusinessTime.today(clock));
            filter.groupBy();
        } catch (IllegalArgumentException e) {
            problem = messages.get(e.getMessage());
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
            return false;
        }
        try {
            rootCode = queries.scopeFor(actor.username(), null, null, null, null).unitCode();
            scope = queries.scopeFor(actor.username(), DashboardFilter.orNull(filter.getUnit()),
                    DashboardFilter.orNull(filter.getLevel()), DashboardFilter.orNull(filter.getField()),
                    DashboardFilter.orNull(filter.getProcedure()));
        } catch (OutsideSubtreeException e) {
            return refuse(messages.get("supervision.outsideSubtree", filter.getUnit()));
        } catch (InvalidRequestException e) {
            problem = messages.get("supervision.unknownUnit", filter.getUnit());
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
            return false;
        }
        UnitView unit = organisation.unit(scope.unitCode()).orElse(null);
        scopeName = unit == null ? scope.unitCode() : unit.name();
        parentCode = unit == null || scope.unitCode().equals(rootCode) ? null : unit.parentCode();
        return true;
    }

    private boolean refuse(String message) {
        problem = message;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        return false;
    }

    /**
     * The address that exports the table {@code kind} ({@code ExportKind}) as {@code format} ({@code ExportFormat})
     * for this page's period and scope: a plain GET, so the file (or, when large, the queued request) follows the
     * address and not the page's state.
     */
    public String exportHref(String kind, String format) {
        StringBuilder href = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath()).append("/workspace/supervision-export?kind=").append(kind)
                .append("&format=").append(format);
        ExportRequestParameters.append(href, filter);
        return href.toString();
    }

    public DashboardFilter getFilter() {
        return filter;
    }

    public Period getPeriod() {
        return period;
    }

    public StatisticsScope getScope() {
        return scope;
    }

    public String getScopeName() {
        return scopeName;
    }

    /** The unit above the scope's, for "up one level"; null at the supervisor's root or above it. */
    public String getParentCode() {
        return parentCode;
    }

    /** The root of the supervisor's subtree (the province for a provincial supervisor). */
    public String getRootCode() {
        return rootCode;
    }

    public String getProblem() {
        return problem;
    }

    /** "từ 01/11/2026 đến 30/11/2026": the period in words. */
    public String getPeriodLabel() {
        return period == null ? "" : messages.get("supervision.period.range", format(period.from()),
                format(period.to()));
    }

    private static String format(java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day);
    }
}
