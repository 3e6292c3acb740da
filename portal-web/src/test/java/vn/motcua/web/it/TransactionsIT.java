package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.audit.application.AuditQueries;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.Actor;
import vn.motcua.integration.application.OutboxAdministration;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.integration.outbox.OutboxEntry;
import vn.motcua.integration.outbox.OutboxFilter;
import vn.motcua.integration.outbox.OutboxStatus;
import vn.motcua.notification.application.Inbox;
import vn.motcua.notification.application.InboxItemView;
import vn.motcua.notification.domain.InboxKind;
import vn.motcua.platform.time.ApplicationClock;

/**
 * One transaction per use case, on the database the suite runs on: our rows, the engine's rows and the outbox's
 * messages commit or roll back together; an async step that fails rolls back its own writes and is retried; timers
 * follow the application clock.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionsIT {

    private static final String FLAKY_MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://motcua.vn/it">
              <process id="itFlakyAsyncStep" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="toFlaky" sourceRef="start" targetRef="flakyStep"/>
                <serviceTask id="flakyStep" flowable:async="true" flowable:delegateExpression="${flakyReminder}"/>
                <sequenceFlow id="toEnd" sourceRef="flakyStep" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, Waits.class,
                FailingUseCase.class, FailingUseCase.InjectedFailure.class, FlakyReminder.class, RacingUseCase.class,
                WalkingSkeletonIT.class);
    }

    @Inject
    FailingUseCase failingUseCase;

    @Inject
    FlakyReminder flakyReminder;

    @Inject
    RacingUseCase racingUseCase;

    @Inject
    DossierSteps steps;

    @Inject
    AuditQueries audit;

    @Inject
    DossierFiling filing;

    @Inject
    DossierQueries queries;

    @Inject
    DemoActors actors;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    @Inject
    RepositoryService repository;

    @Inject
    ProcessEngine engine;

    @Inject
    ApplicationClock clock;

    @Inject
    OutboxAdministration outbox;

    @Inject
    Inbox inbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFailingUseCaseLeavesNeitherTheDossierNorItsProcess() {
        System.out.println("Transactions on database: " + Deployments.database(dataSource));
        Actor citizen = actors.get(DemoActors.CITIZEN);
        Actor desk = actors.get(DemoActors.DESK);
        AtomicReference<DossierCode> seen = new AtomicReference<>();

        assertThatThrownBy(() -> failingUseCase.fileAcceptThenFail(citizen, desk,
                WalkingSkeletonIT.birthRegistration(), seen::set))
                .isInstanceOf(FailingUseCase.InjectedFailure.class);

        String code = seen.get().value();
        assertThatThrownBy(() -> queries.dossier(citizen, code)).isInstanceOf(NotFoundException.class);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(code).count()).isZero();

        DossierCode next = filing.fileOnline(citizen, WalkingSkeletonIT.birthRegistration());
        assertThat(next.value()).as("the rolled-back code is given out again: codes stay gap-free").isEqualTo(code);
    }

    @Test
    void aFailingUseCaseLeavesNoOutboxMessageWhileACommittedOneIsEnqueuedAndDelivered() {
        Actor citizen = actors.get(DemoActors.CITIZEN);
        Actor admin = actors.get(DemoActors.ADMIN);
        AtomicReference<DossierCode> seen = new AtomicReference<>();

        assertThatThrownBy(() -> failingUseCase.fileAcceptThenFail(citizen, actors.get(DemoActors.DESK),
                WalkingSkeletonIT.birthRegistration(), seen::set))
                .isInstanceOf(FailingUseCase.InjectedFailure.class);

        String code = seen.get().value();
        assertThat(outbox.list(admin, new OutboxFilter(null, null, code)))
                .as("no message of the rolled-back filing and acceptance").isEmpty();

        DossierCode filed = filing.fileOnline(citizen, WalkingSkeletonIT.birthRegistration());
        OutboxFilter ofFiled = new OutboxFilter(null, null, filed.value());
        Waits.until("the filing's notifications to be delivered", Duration.ofSeconds(60), () -> {
            List<OutboxEntry> messages = outbox.list(admin, ofFiled);
            return messages.size() == 3 && messages.stream().allMatch(m -> m.status() == OutboxStatus.DELIVERED);
        });
        assertThat(outbox.list(admin, ofFiled)).extracting(OutboxEntry::channel, OutboxEntry::messageType)
                .containsExactlyInAnyOrder(
                        tuple(OutboxChannel.EMAIL, "DOSSIER_SUBMITTED"),
                        tuple(OutboxChannel.SMS, "DOSSIER_SUBMITTED"),
                        tuple(OutboxChannel.INBOX, "INBOX_NEW_TASK"));
        assertThat(inbox.latest(actors.get(DemoActors.DESK)))
                .as("the desk officer's inbox has the new intake step")
                .anySatisfy(item -> {
                    assertThat(item.kind()).isEqualTo(InboxKind.NEW_TASK);
                    assertThat(item.dossierCode()).isEqualTo(filed.value());
                    assertThat(item.stepKey()).isEqualTo("deskReceives");
                });
        assertThat(inbox.latest(actors.get(DemoActors.SPECIALIST))).extracting(InboxItemView::dossierCode)
                .doesNotContain(filed.value());
    }

    @Test
    void aUseCaseThatLosesARaceWithTheJobExecutorIsRunAgainWholeAndStoredOnce() {
        Actor desk = actors.get(DemoActors.DESK);
        Actor specialist = actors.get(DemoActors.SPECIALIST);
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), WalkingSkeletonIT.birthRegistration());
        steps.complete(desk, openStep(code, "deskReceives"), StepOutcome.ACCEPT, null);
        String handling = openStep(code, "specialistHandles");
        steps.claim(specialist, handling);

        racingUseCase.completeLosingTheFirstRace(specialist, handling, StepOutcome.SUBMIT_DRAFT, "Dự thảo kết quả");

        assertThat(racingUseCase.attempts()).as("the first attempt lost the race, the second won").isEqualTo(2);
        DossierView dossier = queries.dossier(desk, code.value());
        assertThat(dossier.openSteps()).extracting(DossierView.StepView::stepKey).containsExactly("leaderApproves");
        assertThat(dossier.history()).filteredOn(h -> "AWAITING_APPROVAL".equals(h.toStatus()))
                .as("the submission is in the dossier's history once, not once per attempt").hasSize(1);
        assertThat(audit.about(actors.get(DemoActors.ADMIN), "DOSSIER", code.value()))
                .filteredOn(e -> e.afterSummary() != null && e.afterSummary().startsWith("status AWAITING_APPROVAL"))
                .as("and in the audit trail once").hasSize(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(code.value())
                .taskDefinitionKey("specialistHandles").finished().count()).isEqualTo(1);
    }

    @Test
    void aFailingAsyncStepRollsBackItsWritesAndIsRetried() {
        repository.createDeployment().name("itFlakyAsyncStep")
                .addBytes("itFlakyAsyncStep.bpmn20.xml", FLAKY_MODEL.getBytes(StandardCharsets.UTF_8)).deploy();
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), WalkingSkeletonIT.birthRegistration());
        long dossierId = dossierId(code);

        String processId = runtime.startProcessInstanceByKey("itFlakyAsyncStep", Map.of("dossierId", dossierId)).getId();

        Waits.until("the flaky step to succeed on retry", Duration.ofSeconds(90),
                () -> history.createHistoricProcessInstanceQuery().processInstanceId(processId).finished().count() == 1);
        assertThat(flakyReminder.attempts()).isEqualTo(2);
        assertThat(reminders(code)).as("the first attempt's write was rolled back with it").isEqualTo(1);
        assertThat(flakyReminder.engineInTransaction())
                .as("the engine's own writes of a job share its transaction (a failure in their flush rolls all back)")
                .isTrue();
    }

    @Test
    void theIntakeReminderTimerFiresWhenTheApplicationClockPassesItsDueTime() {
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), WalkingSkeletonIT.birthRegistration());
        assertThat(reminders(code)).isZero();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        Instant engineNow = engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
        assertThat(Duration.between(clock.instant(), engineNow).abs()).isLessThan(Duration.ofSeconds(1));

        // Moving the clock makes every timer of every earlier test's dossiers due at once; ours waits its turn.
        Waits.until("the intake reminder timer to fire", Duration.ofMinutes(3), () -> reminders(code) == 1,
                () -> jobsOf(code));
        Instant remindedAt = queries.dossier(actors.get(DemoActors.DESK), code.value()).history().stream()
                .filter(h -> h.action().equals("INTAKE_REMINDER")).findFirst().orElseThrow().occurredAt();
        assertThat(remindedAt).as("our code, run by the timer, took its time from the moved clock")
                .isAfter(Instant.now().plus(Duration.ofHours(2)));
        assertThat(queries.dossier(actors.get(DemoActors.DESK), code.value()).openSteps())
                .extracting(DossierView.StepView::stepKey).containsExactly("deskReceives");
    }

    /** The engine's jobs: this dossier's, with their due dates and errors, and how many are waiting in all. */
    private String jobsOf(DossierCode code) {
        ManagementService management = engine.getManagementService();
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.value())
                .singleResult().getId();
        StringBuilder seen = new StringBuilder("engine time ")
                .append(engine.getProcessEngineConfiguration().getClock().getCurrentTime().toInstant())
                .append(", timer jobs due in all ").append(management.createTimerJobQuery().executable().count())
                .append(", executable jobs in all ").append(management.createJobQuery().count())
                .append(", dead-letter jobs in all ").append(management.createDeadLetterJobQuery().count());
        management.createTimerJobQuery().processInstanceId(process).list().forEach(job -> seen.append("; timer ")
                .append(job.getElementId()).append(" due ").append(job.getDuedate().toInstant())
                .append(" retries ").append(job.getRetries()).append(" error ").append(job.getExceptionMessage()));
        management.createJobQuery().processInstanceId(process).list().forEach(job -> seen.append("; job ")
                .append(job.getElementId()).append(" retries ").append(job.getRetries()));
        management.createDeadLetterJobQuery().processInstanceId(process).list().forEach(job -> seen
                .append("; dead letter ").append(job.getElementId()).append(": ").append(job.getExceptionMessage()));
        return seen.toString();
    }

    private long reminders(DossierCode code) {
        return queries.dossier(actors.get(DemoActors.DESK), code.value()).history().stream()
                .filter(h -> h.action().equals("INTAKE_REMINDER")).count();
    }

    private String openStep(DossierCode code, String stepKey) {
        return queries.dossier(actors.get(DemoActors.DESK), code.value()).openSteps().stream()
                .filter(s -> s.stepKey().equals(stepKey)).findFirst().orElseThrow().taskId();
    }

    private long dossierId(DossierCode code) {
        return (Long) runtime.createProcessInstanceQuery().processInstanceBusinessKey(code.value())
                .includeProcessVariables().singleResult().getProcessVariables().get("dossierId");
    }
}
