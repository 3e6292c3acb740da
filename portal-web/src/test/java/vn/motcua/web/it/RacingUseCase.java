package vn.motcua.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.identity.Actor;
import vn.motcua.platform.transactions.RetriedOnConflict;

/**
 * A use case that completes a step and then, on its first attempt, loses the race the engine reports when the job
 * executor took one of the step's timers at the same moment: the whole use case must run again in a new transaction.
 */
@ApplicationScoped
@RetriedOnConflict
public class RacingUseCase {

    private final AtomicInteger attempts = new AtomicInteger();

    @Inject
    DossierSteps steps;

    @Transactional
    public void completeLosingTheFirstRace(Actor official, String taskId, StepOutcome outcome, String reason) {
        steps.complete(official, taskId, outcome, reason);
        if (attempts.incrementAndGet() == 1) {
            throw new FlowableOptimisticLockingException(
                    "TimerJobEntity[id=it] was updated by another transaction concurrently");
        }
    }

    public int attempts() {
        return attempts.get();
    }
}
