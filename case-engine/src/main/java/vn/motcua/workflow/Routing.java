package vn.motcua.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.flowable.engine.delegate.DelegateExecution;
import vn.motcua.organization.UnitRouting;
import vn.motcua.platform.time.BusinessTime;

/**
 * Bean {@code routing} of the routing models: every candidate group asks it which unit acts, on the day the step
 * opens, for a unit planned when the dossier was filed ({@code unit:${routing.actingUnit(execution, X)}:role:R}).
 */
@Named("routing")
@ApplicationScoped
public class Routing {

    @Inject
    UnitRouting units;

    @Inject
    Clock clock;

    public String actingUnit(DelegateExecution execution, String plannedUnitCode) {
        return units.actingUnit(plannedUnitCode, BusinessTime.today(clock))
                .orElseThrow(() -> new IllegalStateException("no unit acts for " + plannedUnitCode + " today (dossier "
                        + execution.getVariable(ProcessContract.Variables.DOSSIER_CODE) + ")"))
                .getCode();
    }
}
