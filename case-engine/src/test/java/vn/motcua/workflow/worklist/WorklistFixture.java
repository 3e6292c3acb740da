package vn.motcua.workflow.worklist;

import static vn.motcua.testing.FixturePlumbing.entityClasses;
import static vn.motcua.testing.FixturePlumbing.wire;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.RequestOrigin;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.StepRecord;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.identity.StandIns;
import vn.motcua.organization.OrgUnit;
import vn.motcua.platform.database.MotCuaDialectResolver;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.testing.FixturePlumbing.SharedConnection;
import vn.motcua.testing.FixturePlumbing;
import vn.motcua.workflow.WorkflowGateway;
import vn.motcua.workflow.engine.EngineClock;

/**
 * The worklist's collaborators wired by hand, without a container: our migrated schema (with the demo units,
 * officials and procedure) on H2, Hibernate and Flowable on one shared connection so that a "use case" commits or
 * rolls back our rows and the engine's together, as under JTA, the indexer as the engine's event listener, and one
 * application clock for both.
 */
final class WorklistFixture implements AutoCloseable {

    static final String UNIT = "000.30.01.H29";
    static final String OTHER_UNIT = "000.20.01.H12";
    static final WorkingCalendar CALENDAR = WorkingCalendar.weekdays(BusinessTime.ZONE);

    final ApplicationClock clock = new ApplicationClock(Clock.systemUTC());
    final DataSource database;
    final SharedConnection connection;
    final SessionFactory sessions;
    final EntityManager em;
    final ProcessEngine engine;
    final List<StepTaken> taken = new ArrayList<>();

    final Worklist worklist = new Worklist();
    final WorkflowGateway gateway = new WorkflowGateway();
    final StepHistory history = new StepHistory();
    final WorklistQueries queries = new WorklistQueries();
    final WorklistActions actions = new WorklistActions();
    final SavedWorklistFilters savedFilters = new SavedWorklistFilters();
    final StandIns standIns = new StandIns();
    final AuditTrail audit = new AuditTrail();
    final WorkItemIndexer indexer = new WorkItemIndexer();
    private final WorkingCalendars calendars = new WorkingCalendars() {
        @Override
        public WorkingCalendar forUnit(String unitCode) {
            return CALENDAR;
        }
    };
    private int dossiers;

    WorklistFixture() throws Exception {
        clock.setTo(at("2026-03-02T08:00"));
        database = TestDatabase.H2.openMigrated("worklist", true);
        connection = new SharedConnection(database);
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, connection)
                .applySetting(AvailableSettings.DIALECT_RESOLVERS, MotCuaDialectResolver.class.getName())
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .build();
        MetadataSources sources = new MetadataSources(registry);
        entityClasses().forEach(sources::addAnnotatedClass);
        sessions = sources.buildMetadata().buildSessionFactory();
        em = sessions.openSession();

        wire(indexer, "em", em, "clock", clock, "opened", FixturePlumbing.<StepOpened>events(this::openStep), "standIns", standIns, "audit", audit);
        wire(standIns, "em", em, "clock", clock, "audit", audit);
        wire(audit, "em", em, "origin", new RequestOrigin(), "clock", clock);

        StandaloneProcessEngineConfiguration config = new StandaloneProcessEngineConfiguration();
        config.setDataSource(connection);
        config.setTransactionsExternallyManaged(true);
        config.setDatabaseType("mysql");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistoryLevel(HistoryLevel.AUDIT);
        config.setEnableSafeBpmnXml(true);
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setAsyncExecutorActivate(false);
        config.setClock(new EngineClock(clock));
        config.setEventListeners(List.of(indexer));
        engine = config.buildProcessEngine();
        for (String key : List.of("worklistRoute", "worklistLevels")) {
            engine.getRepositoryService().createDeployment().key(key)
                    .addClasspathResource("processes/" + key + ".bpmn20.xml").deploy();
        }

        wire(worklist, "em", em);
        wire(gateway, "runtime", engine.getRuntimeService(), "tasks", engine.getTaskService(),
                "management", engine.getManagementService(), "repository", engine.getRepositoryService());
        wire(history, "em", em, "calendars", calendars, "clock", clock);
        wire(queries, "em", em, "calendars", calendars, "history", history, "clock", clock);
        wire(actions, "worklist", worklist, "queries", queries, "history", history, "workflow", gateway,
                "standIns", standIns, "audit", audit, "taken", FixturePlumbing.<StepTaken>events(taken::add));
        wire(savedFilters, "em", em, "clock", clock);

        sql("""
                INSERT INTO user_account (username, display_name, password_hash, account_kind, active, created_at)
                VALUES ('chuyenvien2.tdm', 'Hoàng Thị Mai', 'x', 'OFFICIAL', TRUE, '2025-07-01 00:00:00'),
                       ('daNghi.tdm', 'Bùi Văn Cũ', 'x', 'OFFICIAL', FALSE, '2025-07-01 00:00:00'),
                       ('truongphong.pc', 'Ngô Văn Phú', 'x', 'OFFICIAL', TRUE, '2025-07-01 00:00:00')""");
        sql("""
                INSERT INTO role_assignment (account_id, role_name, unit_id)
                SELECT a.id, r.role_name, u.id FROM user_account a
                  JOIN (SELECT 'chuyenvien2.tdm' AS username, 'SPECIALIST' AS role_name, '000.30.01.H29' AS unit_code
                        UNION ALL SELECT 'daNghi.tdm', 'SPECIALIST', '000.30.01.H29'
                        UNION ALL SELECT 'truongphong.pc', 'UNIT_HEAD', '000.20.01.H12'
                        UNION ALL SELECT 'chuyenvien2.tdm', 'SPECIALIST', '000.20.01.H12') r
                    ON r.username = a.username
                  JOIN org_unit u ON u.code = r.unit_code""");
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BusinessTime.ZONE).toInstant();
    }

    // ---- officials as the sign-in builds them ----

    Actor desk() {
        return actor("motcua.tdm", Role.DESK_OFFICER, UNIT);
    }

    Actor specialist() {
        return actor("chuyenvien.tdm", Role.SPECIALIST, UNIT);
    }

    Actor secondSpecialist() {
        return actor("chuyenvien2.tdm", Role.SPECIALIST, UNIT);
    }

    Actor unitHead() {
        return actor("truongphong.tdm", Role.UNIT_HEAD, UNIT);
    }

    Actor leader() {
        return actor("lanhdao.tdm", Role.LEADER, UNIT);
    }

    Actor otherUnitHead() {
        return actor("truongphong.pc", Role.UNIT_HEAD, OTHER_UNIT);
    }

    Actor actor(String username, Role role, String unit) {
        Long id = em.createQuery("select a.id from UserAccount a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
        return new Actor(id, username, username, List.of(new Actor.Grant(role, unit)));
    }

    // ---- transactions: one per use case, like the container's ----

    <T> T tx(Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.clear();
            throw e;
        }
    }

    void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    // ---- dossiers and their steps ----

    /** A received dossier whose route has started; returns its code. */
    String fileDossier(String processKey, String applicant, Map<String, Object> extraVariables) {
        int sequence = ++dossiers;
        return tx(() -> {
            ProcedureVersion version = em.createQuery(
                    "select v from ProcedureVersion v where v.procedure.code = '1.001193' order by v.id",
                    ProcedureVersion.class).setMaxResults(1).getSingleResult();
            OrgUnit unit = em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class)
                    .setParameter("c", UNIT).getSingleResult();
            Instant now = clock.instant();
            Dossier dossier = Dossier.submitOnline(DossierCode.of(UNIT, LocalDate.ofInstant(now, BusinessTime.ZONE),
                    sequence), version, unit, new Applicant(applicant, null, "0912345678", null), null, "{}", now);
            dossier.accept("motcua.tdm", now, CALENDAR.plusWorkingTime(now, java.time.Duration.ofHours(40)));
            em.persist(dossier);
            em.flush();
            Map<String, Object> variables = new java.util.HashMap<>(extraVariables);
            variables.put("dossierId", dossier.getId());
            variables.put("dossierCode", dossier.getCode().value());
            variables.put("receivingUnitCode", UNIT);
            engine.getRuntimeService().createProcessInstanceBuilder().processDefinitionKey(processKey)
                    .businessKey(dossier.getCode().value()).variables(variables).start();
            return dossier.getCode().value();
        });
    }

    String fileDossier(String applicant) {
        return fileDossier("worklistRoute", applicant, Map.of());
    }

    /** The open step of a dossier (the only one, or the one at {@code stepKey}). */
    WorkItem openStep(String dossierCode, String stepKey) {
        return tx(() -> em.createQuery("""
                        select w from WorkItem w join Dossier d on d.id = w.dossierId
                        where d.code = :code and w.stepKey = :step""", WorkItem.class)
                .setParameter("code", dossierCode).setParameter("step", stepKey).getSingleResult());
    }

    List<WorkItem> openSteps(String dossierCode) {
        return tx(() -> em.createQuery("""
                        select w from WorkItem w join Dossier d on d.id = w.dossierId
                        where d.code = :code order by w.id""", WorkItem.class)
                .setParameter("code", dossierCode).getResultList());
    }

    StepRecord stepRecord(String taskId) {
        return tx(() -> history.record(taskId).orElseThrow());
    }

    /** The official hands the step on, as DossierSteps does: the control sheet closes its row, the engine moves. */
    void complete(Actor official, String dossierCode, String stepKey) {
        clock.advance(java.time.Duration.ofMinutes(10));
        String taskId = openStep(dossierCode, stepKey).getTaskId();
        run(() -> {
            history.record(taskId).orElseThrow().finish(official.username(), clock.instant(),
                    vn.motcua.calendar.Timeliness.NO_DUE_DATE);
            gateway.complete(taskId, official.username(), Map.of());
        });
        clock.advance(java.time.Duration.ofMinutes(10));
    }

    void setStepDue(String taskId, Instant due) {
        run(() -> history.record(taskId).orElseThrow().redue(due));
    }

    long auditEntries(String action) {
        return tx(() -> ((Number) em.createNativeQuery("select count(*) from audit_entry where action = :a")
                .setParameter("a", action).getSingleResult()).longValue());
    }

    long engineTasks() {
        return engine.getTaskService().createTaskQuery().count();
    }

    void sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private void openStep(StepOpened opened) {
        em.persist(new StepRecord(opened.dossierId(), opened.taskId(), opened.stepKey(), opened.unitCode(),
                opened.role(), opened.at(), null));
    }

    @Override
    public void close() throws Exception {
        engine.close();
        em.close();
        sessions.close();
        connection.closeForReal();
        TestDatabase.H2.release(database);
    }
}
