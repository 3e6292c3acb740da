package vn.motcua.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The step deadline timers are engine timer jobs kept in the database: they survive the node that created them going
 * down, and when several nodes run job executors on one database, each timer fires on exactly one of them. Three
 * engines on one H2 database stand for the nodes; each runs its own async executor against its own engine clock.
 */
class StepTimersAcrossNodesTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2030-03-04T01:30:00Z"); // ahead of real time: only the engine clocks make timers due
    private static final long DOSSIER_ID = 2001L;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final StandInDelegates delegates = new StandInDelegates();
    private final List<ProcessEngine> engines = new ArrayList<>();
    private final String database = "jdbc:h2:mem:step-timers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @AfterEach
    void closeEngines() {
        engines.forEach(ProcessEngine::close);
    }

    @Test
    void aStepTimerSurvivesTheNodeThatCreatedItAndFiresOnceAcrossTwoRunningNodes() throws InterruptedException {
        Instant dueSoonAt = SUBMITTED_AT.plus(Duration.ofHours(4));
        Instant dueAt = SUBMITTED_AT.plus(Duration.ofHours(8));
        delegates.stepDeadlines().set("specialistHandles", dueSoonAt, dueAt);

        ProcessEngine first = node("first", false, SUBMITTED_AT);
        first.getRepositoryService().createDeployment()
                .addClasspathResource("processes/singleAgencyBasic.bpmn20.xml").deploy();
        String dossier = first.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey("singleAgencyBasic")
                .variables(Map.of("dossierId", DOSSIER_ID, "dossierCode", "H29.30-300304-2001",
                        "receivingUnitCode", "000.30.01.H29", "intakeReminderDuration", "PT2H"))
                .start().getId();
        Task desk = first.getTaskService().createTaskQuery().processInstanceId(dossier).singleResult();
        first.getTaskService().complete(desk.getId(), Map.of("deskDecision", "ACCEPT"));
        assertThat(first.getManagementService().createTimerJobQuery().processInstanceId(dossier).count()).isEqualTo(2);
        first.close();
        engines.remove(first);

        ProcessEngine second = node("second", true, dueAt.plusSeconds(60));
        ProcessEngine third = node("third", true, dueAt.plusSeconds(60));

        Instant giveUp = Instant.now().plus(PATIENCE);
        while (second.getManagementService().createTimerJobQuery().processInstanceId(dossier).count() > 0
                || second.getManagementService().createJobQuery().processInstanceId(dossier).count() > 0) {
            assertThat(Instant.now()).as("both timers fired within " + PATIENCE).isBefore(giveUp);
            Thread.sleep(100);
        }
        Thread.sleep(1_000); // room for a second firing, were there one

        assertThat(delegates.stepDeadlines().warned()).containsExactly("specialistHandles:" + DOSSIER_ID);
        assertThat(delegates.stepDeadlines().escalated()).containsExactly("specialistHandles:" + DOSSIER_ID);
        assertThat(third.getTaskService().createTaskQuery().processInstanceId(dossier).singleResult().getTaskDefinitionKey())
                .isEqualTo("specialistHandles");
        assertThat(second.getManagementService().createDeadLetterJobQuery().processInstanceId(dossier).count()).isZero();
    }

    /** A node: an engine on the shared database, its clock at {@code at}, with or without a running job executor. */
    private ProcessEngine node(String name, boolean runsJobs, Instant at) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setEngineName("step-timers-" + name + "-" + UUID.randomUUID());
        configuration.setJdbcUrl(database);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        configuration.setEnableSafeBpmnXml(true);
        configuration.setBeans(delegates.asBeans());
        configuration.setAsyncExecutorActivate(false);
        configuration.setAsyncExecutorDefaultTimerJobAcquireWaitTime(100);
        configuration.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(100);
        configuration.setDefaultMailClient(request -> {
            throw new UnsupportedOperationException("The workflow models send no mail");
        });
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(at));
        engines.add(engine);
        if (runsJobs) {
            engine.getProcessEngineConfiguration().getAsyncExecutor().start();
        }
        return engine;
    }
}
