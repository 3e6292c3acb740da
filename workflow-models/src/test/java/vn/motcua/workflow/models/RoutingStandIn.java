package vn.motcua.workflow.models;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;

/**
 * Stand-in for bean {@code routing}, which in production answers, from the effective-dated organisation tree, which
 * unit acts for a planned unit on the date a step starts: the unit itself, or the unit that succeeded it (a merger,
 * the 2025 two-tier reform). Here a test declares successions; the date is the engine clock's, as in production.
 * Every resolution is recorded as {@code "<plannedUnit> -> <actingUnit>"}.
 */
public final class RoutingStandIn {

    static final String BEAN = "routing";

    private record Succession(Instant effectiveFrom, String successorUnitCode) {
    }

    private final Map<String, Succession> successions = new ConcurrentHashMap<>();
    private final List<String> resolved = new CopyOnWriteArrayList<>();

    /** From {@code effectiveFrom} on, {@code successorUnitCode} acts for {@code unitCode}. */
    public void succeed(String unitCode, Instant effectiveFrom, String successorUnitCode) {
        successions.put(unitCode, new Succession(effectiveFrom, successorUnitCode));
    }

    /** The unit acting for {@code plannedUnitCode} now (engine clock): used inside every candidate group. */
    public String actingUnit(DelegateExecution execution, String plannedUnitCode) {
        if (plannedUnitCode == null) {
            throw new IllegalArgumentException("no planned unit for " + execution.getCurrentActivityId());
        }
        Instant now = CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        Succession succession = successions.get(plannedUnitCode);
        String acting = succession != null && !now.isBefore(succession.effectiveFrom())
                ? succession.successorUnitCode() : plannedUnitCode;
        resolved.add(plannedUnitCode + " -> " + acting);
        return acting;
    }

    /** Resolutions asked for, in order, as {@code "<plannedUnit> -> <actingUnit>"}. */
    public List<String> resolved() {
        return List.copyOf(resolved);
    }

    void reset() {
        successions.clear();
        resolved.clear();
    }
}
