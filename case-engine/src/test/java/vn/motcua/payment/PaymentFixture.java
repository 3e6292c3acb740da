package vn.motcua.payment;

import static vn.motcua.testing.FixturePlumbing.entityClasses;
import static vn.motcua.testing.FixturePlumbing.wire;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.dossier.application.DossierChanged;
import vn.motcua.dossier.application.DossierEvents;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.infrastructure.JpaDossierRepository;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrgUnit;
import vn.motcua.payment.application.PaymentReconciliationJob;
import vn.motcua.payment.application.PaymentSettings;
import vn.motcua.payment.application.PaymentSettlement;
import vn.motcua.payment.application.Payments;
import vn.motcua.payment.infrastructure.JpaPaymentRequestRepository;
import vn.motcua.payment.infrastructure.PaymentReceiptNumbers;
import vn.motcua.payment.infrastructure.VnpayGateway;
import vn.motcua.payment.sandbox.SandboxGateway;
import vn.motcua.platform.database.Counters;
import vn.motcua.platform.database.MotCuaDialectResolver;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.jobs.JobContext;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.testing.FixturePlumbing;
import vn.motcua.testing.FixturePlumbing.SharedConnection;
import vn.motcua.workflow.WorkflowGateway;
import vn.motcua.workflow.engine.EngineClock;
import vn.motcua.workflow.engine.WorkflowSettings;

/**
 * The payment context wired by hand, without a container: the migrated schema with the demo units and accounts on
 * H2, a procedure of our own with a lệ phí (15.000 đồng, 7.000 online, exemption named) and a phí (5.000 đồng), a test
 * process that waits for {@code paymentReceived} like the one-stop model, the sandbox gateway answering querydr
 * in-process, and Hibernate and Flowable on one shared connection, as under JTA.
 */
final class PaymentFixture implements AutoCloseable {

    static final String UNIT = "000.30.01.H29";
    static final String PROCEDURE = "9.000101";
    static final String PORTAL = "http://localhost:8080";

    final ApplicationClock clock = new ApplicationClock(Clock.systemUTC());
    final DataSource database;
    final SharedConnection connection;
    final SessionFactory sessions;
    final EntityManager em;
    final ProcessEngine engine;
    final List<DossierChanged> changes = new ArrayList<>();

    final PaymentSettings settings = new PaymentSettings();
    final SandboxGateway sandbox = new SandboxGateway();
    final Payments payments = new Payments();
    final PaymentSettlement settlement = new PaymentSettlement();
    final PaymentReconciliationJob job = new PaymentReconciliationJob();
    final JpaDossierRepository dossiers = new JpaDossierRepository();
    final WorkflowGateway workflow = new WorkflowGateway();
    final vn.motcua.dossier.application.DossierSteps steps = new vn.motcua.dossier.application.DossierSteps();
    final vn.motcua.workflow.worklist.Worklist worklist = new vn.motcua.workflow.worklist.Worklist();
    private int filed;

    PaymentFixture() throws Exception {
        clock.setTo(at("2026-03-02T08:00"));
        database = TestDatabase.H2.openMigrated("payments", true);
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
        // The one-stop model with what it calls: the acting unit, step deadlines, the worklist's indexer.
        vn.motcua.calendar.WorkingCalendars calendars = new vn.motcua.calendar.WorkingCalendars() {
            @Override
            public vn.motcua.calendar.WorkingCalendar forUnit(String unitCode) {
                return vn.motcua.calendar.WorkingCalendar.weekdays(BusinessTime.ZONE);
            }
        };
        DossierEvents events = new DossierEvents();
        wire(events, "changed", FixturePlumbing.<DossierChanged>events(changes::add));
        vn.motcua.audit.application.AuditTrail audit = new vn.motcua.audit.application.AuditTrail();
        wire(audit, "em", em, "origin", new vn.motcua.audit.application.RequestOrigin(), "clock", clock);
        vn.motcua.identity.StandIns standIns = new vn.motcua.identity.StandIns();
        wire(standIns, "em", em, "clock", clock, "audit", audit);
        vn.motcua.dossier.application.LegalTime legalTime = new vn.motcua.dossier.application.LegalTime();
        wire(legalTime, "em", em, "clock", clock, "calendars", calendars, "events", events);
        vn.motcua.workflow.worklist.WorkItemIndexer indexer = new vn.motcua.workflow.worklist.WorkItemIndexer();
        wire(indexer, "em", em, "clock", clock, "opened", FixturePlumbing.<vn.motcua.workflow.worklist.StepOpened>events(
                legalTime::onStepOpened), "standIns", standIns, "audit", audit);
        vn.motcua.workflow.delegates.StepDeadlineTimers deadlines = new vn.motcua.workflow.delegates.StepDeadlineTimers();
        wire(deadlines, "legalTime", legalTime);
        vn.motcua.organization.UnitRouting units = new vn.motcua.organization.UnitRouting();
        wire(units, "em", em);
        vn.motcua.workflow.Routing routing = new vn.motcua.workflow.Routing();
        wire(routing, "units", units, "clock", clock);
        config.setEventListeners(List.of(indexer));
        config.setBeans(Map.of("stepDeadlines", deadlines, "routing", routing));
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().key("paymentWait")
                .addClasspathResource("processes/paymentWait.bpmn20.xml").deploy();
        engine.getRepositoryService().createDeployment().key("oneStopDossier")
                .addClasspathResource("processes/oneStopDossier.bpmn20.xml").deploy();

        WorkflowSettings workflowSettings = new WorkflowSettings();
        wire(workflowSettings, "intakeReminderAfter", "PT2H");
        wire(workflow, "runtime", engine.getRuntimeService(), "tasks", engine.getTaskService(),
                "management", engine.getManagementService(), "repository", engine.getRepositoryService(),
                "settings", workflowSettings);
        wire(dossiers, "em", em);
        wire(worklist, "em", em);

        wire(settings, "sandbox", Optional.of(true), "demo", false, "gatewayUrl", Optional.empty(),
                "tmnCode", Optional.empty(), "hashSecret", Optional.empty(), "returnUrl", Optional.empty(),
                "queryUrl", Optional.empty(), "transactionExpiry", "PT15M", "requestExpiry", "P5D",
                "reconcileAfter", "PT10M");
        wire(sandbox, "em", em, "settings", settings, "clock", clock);
        VnpayGateway gateway = new VnpayGateway();
        wire(gateway, "settings", settings, "sandbox", sandbox, "clock", clock);
        JpaPaymentRequestRepository requests = new JpaPaymentRequestRepository();
        wire(requests, "em", em);
        Counters counters = new Counters();
        Counters.CounterRows rows = new Counters.CounterRows();
        wire(rows, "em", em);
        wire(counters, "em", em, "rows", rows);
        PaymentReceiptNumbers numbers = new PaymentReceiptNumbers();
        wire(numbers, "counters", counters);
        wire(settlement, "requests", requests, "dossiers", dossiers, "gateway", gateway, "numbers", numbers,
                "workflow", workflow, "events", events, "clock", clock);
        wire(payments, "requests", requests, "dossiers", dossiers, "gateway", gateway, "settlement", settlement,
                "settings", settings, "renderer", PdfRenderer.withDefaults(), "clock", clock);
        wire(steps, "worklist", worklist, "dossiers", dossiers, "workflow", workflow, "events", events,
                "clock", clock, "legalTime", legalTime, "payments", payments);
        wire(job, "requests", requests, "settlement", settlement, "settings", settings, "clock", clock);

        sql("""
                INSERT INTO procedure_def (code, name, field_name, competent_level, online_level) VALUES
                  ('9.000101', 'Đăng ký tạm trú', 'Đăng ký, quản lý cư trú', 'COMMUNE', 'FULL_ONLINE')""");
        sql("""
                INSERT INTO procedure_version (procedure_id, version_no, valid_from, valid_to, process_key,
                                               duration_value, duration_unit, fee_amount, result_name)
                SELECT id, 1, '2025-07-01', NULL, 'paymentWait', 3, 'WORKING_DAYS', 20000, 'Kết quả'
                  FROM procedure_def WHERE code = '9.000101'""");
        sql("""
                INSERT INTO procedure_def (code, name, field_name, competent_level, online_level) VALUES
                  ('9.000102', 'Đăng ký thường trú', 'Đăng ký, quản lý cư trú', 'COMMUNE', 'FULL_ONLINE')""");
        sql("""
                INSERT INTO procedure_version (procedure_id, version_no, valid_from, valid_to, process_key,
                                               duration_value, duration_unit, fee_amount, result_name)
                SELECT id, 1, '2025-07-01', NULL, 'oneStopDossier', 3, 'WORKING_DAYS', 20000, 'Kết quả'
                  FROM procedure_def WHERE code = '9.000102'""");
        sql("""
                INSERT INTO procedure_fee (version_id, position, kind, description, amount, online_amount, exemption)
                SELECT v.id, 1, 'LE_PHI', 'Lệ phí đăng ký thường trú', 20000, 10000, NULL
                  FROM procedure_version v JOIN procedure_def p ON p.id = v.procedure_id WHERE p.code = '9.000102'""");
        sql("""
                INSERT INTO procedure_fee (version_id, position, kind, description, amount, online_amount, exemption)
                SELECT v.id, f.position, f.kind, f.description, f.amount, f.online_amount, f.exemption
                  FROM procedure_version v JOIN procedure_def p ON p.id = v.procedure_id
                  JOIN (SELECT 1 AS position, 'LE_PHI' AS kind, 'Lệ phí đăng ký tạm trú' AS description,
                               15000 AS amount, 7000 AS online_amount,
                               'Người thuộc hộ nghèo; trẻ em; người cao tuổi' AS exemption
                        UNION ALL SELECT 2, 'PHI', 'Phí cung cấp thông tin cư trú', 5000, NULL, NULL) f
                    ON p.code = '9.000101'""");
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BusinessTime.ZONE).toInstant();
    }

    Actor citizen() {
        Long id = em.createQuery("select a.id from UserAccount a where a.username = 'congdan.an'", Long.class)
                .getSingleResult();
        return new Actor(id, "congdan.an", "Nguyễn Văn An", List.of(new Actor.Grant(Role.CITIZEN, null)));
    }

    /**
     * A dossier filed online with its payment request, as the filing does; {@code accepted}: the desk accepted it
     * while the fee was unpaid, so it and its process wait for the payment.
     */
    String file(boolean accepted, String exemption) {
        String code = String.format("%s-260302-%04d", UNIT, ++filed);
        Actor citizen = citizen();
        return tx(() -> {
            ProcedureVersion version = em.createQuery(
                    "select v from ProcedureVersion v where v.procedure.code = :c", ProcedureVersion.class)
                    .setParameter("c", PROCEDURE).getSingleResult();
            OrgUnit unit = em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class)
                    .setParameter("c", UNIT).getSingleResult();
            Instant now = clock.instant();
            Dossier dossier = Dossier.submitOnline(new DossierCode(code), version, unit,
                    new Applicant("Nguyễn Văn An", null, null, "congdan.an@example.invalid"), citizen.accountId(),
                    exemption == null ? "{}" : "{\"feeExemption\":\"" + exemption + "\"}", now);
            dossiers.add(dossier);
            payments.openFor(dossier);
            if (accepted) {
                dossier.accept("motcua.tdm", now, now.plus(Duration.ofDays(3)));
                payments.paymentDueAtAcceptance(dossier, now);
                dossier.awaitPayment("motcua.tdm", now);
                dossier.linkProcess(workflow.startDossierProcess("paymentWait", dossier.getId(), code, UNIT));
            }
            return code;
        });
    }

    /** A dossier of the one-stop procedure filed online with its payment request, waiting at the desk. */
    String fileOneStop() {
        String code = String.format("%s-260302-%04d", UNIT, ++filed);
        Actor citizen = citizen();
        return tx(() -> {
            ProcedureVersion version = em.createQuery(
                    "select v from ProcedureVersion v where v.procedure.code = '9.000102'", ProcedureVersion.class)
                    .getSingleResult();
            OrgUnit unit = em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class)
                    .setParameter("c", UNIT).getSingleResult();
            Dossier dossier = Dossier.submitOnline(new DossierCode(code), version, unit,
                    new Applicant("Nguyễn Văn An", null, null, "congdan.an@example.invalid"), citizen.accountId(),
                    "{}", clock.instant());
            dossier.planRoute(List.of(new vn.motcua.organization.UnitRouting.PlannedLevel(1, UNIT).toString()));
            dossiers.add(dossier);
            payments.openFor(dossier);
            dossier.linkProcess(workflow.startDossierProcess("oneStopDossier", dossier.getId(), code, UNIT));
            return code;
        });
    }

    /** The desk of the receiving unit accepts the dossier. */
    void accept(String code) {
        Long deskId = em.createQuery("select a.id from UserAccount a where a.username = 'motcua.tdm'", Long.class)
                .getSingleResult();
        Actor desk = new Actor(deskId, "motcua.tdm", "motcua.tdm", List.of(new Actor.Grant(Role.DESK_OFFICER, UNIT)));
        String task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
                .taskDefinitionKey("deskReceives").singleResult().getId();
        tx(() -> {
            steps.completeWith(desk, task, vn.motcua.dossier.application.StepOutcome.ACCEPT,
                    vn.motcua.dossier.application.DossierSteps.StepInput.reason(null), null);
            return null;
        });
    }

    /** The citizen goes to the gateway: the signed fields of the payment address. */
    Map<String, String> goToGateway(String code) {
        String url = tx(() -> payments.startOnline(citizen(), code, "127.0.0.1", PORTAL));
        return fieldsOf(url);
    }

    static Map<String, String> fieldsOf(String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.US_ASCII),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.US_ASCII));
        }
        return fields;
    }

    String runJob() {
        return tx(() -> job.run(new JobContext("payment-reconciliation", clock.instant(), clock.instant(), "test")));
    }

    Dossier dossier(String code) {
        return tx(() -> {
            em.clear();
            return dossiers.findByCode(new DossierCode(code)).orElseThrow();
        });
    }

    /** The steps open in a dossier's process. */
    List<String> openSteps(String code) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).list().stream()
                .map(t -> t.getTaskDefinitionKey()).toList();
    }

    <T> T tx(Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            persistNewHistory();
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

    /**
     * A native Hibernate session cascades PERSIST only when an entity is persisted, not at flush as the container's
     * JPA unit does: the history entries a use case added to a managed dossier are persisted here, as they would be.
     */
    private void persistNewHistory() {
        var context = em.unwrap(org.hibernate.engine.spi.SessionImplementor.class).getPersistenceContextInternal();
        for (var entry : context.reentrantSafeEntityEntries()) {
            if (entry.getKey() instanceof Dossier dossier) {
                dossier.getHistory().stream().filter(h -> !em.contains(h)).forEach(em::persist);
            }
        }
    }

    void sql(String statement) throws SQLException {
        try (Connection c = database.getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
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
