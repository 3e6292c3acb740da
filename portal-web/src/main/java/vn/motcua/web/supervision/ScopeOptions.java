package vn.motcua.web.supervision;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.organization.Organisation;
import vn.motcua.organization.UnitLevel;
import vn.motcua.organization.UnitView;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.StatisticsScope;

/** The choices of the scope selectors: the units of the supervisor's subtree, levels, fields and procedures. */
@Named
@RequestScoped
public class ScopeOptions {

    @Inject
    Organisation organisation;

    @Inject
    Catalog catalog;

    @Inject
    Clock clock;

    /** The units in force today under the supervisor's root (the root first), for the unit selector. */
    public List<UnitView> unitsUnder(StatisticsScope scope, String rootCode) {
        List<UnitView> all = organisation.unitsOn(BusinessTime.today(clock), null);
        Map<String, UnitView> byCode = all.stream().collect(Collectors.toMap(UnitView::code, Function.identity()));
        String root = rootCode != null ? rootCode : scope == null ? null : scope.unitCode();
        List<UnitView> under = new ArrayList<>();
        for (UnitView unit : all) {
            Set<String> seen = new HashSet<>();
            for (UnitView u = unit; u != null && seen.add(u.code()); u = byCode.get(u.parentCode())) {
                if (u.code().equals(root)) {
                    under.add(unit);
                    break;
                }
            }
        }
        return under;
    }

    public UnitLevel[] getLevels() {
        return UnitLevel.values();
    }

    public List<String> getFields() {
        return catalog.fields();
    }

    public List<ProcedureSummary> getProcedures() {
        return catalog.proceduresInForce();
    }
}
