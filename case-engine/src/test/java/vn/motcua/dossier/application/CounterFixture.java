package vn.motcua.dossier.application;

import static vn.motcua.testing.FixturePlumbing.entityClasses;
import static vn.motcua.testing.FixturePlumbing.wire;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
import vn.motcua.catalog.Catalog;
import vn.motcua.documents.application.DocumentPolicy;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.documents.infrastructure.JpaDocumentRepository;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.infrastructure.DossierCodeSequence;
import vn.motcua.dossier.infrastructure.FeeReceiptNumbers;
import vn.motcua.dossier.infrastructure.JpaCounterRecords;
import vn.motcua.dossier.infrastructure.JpaDossierRepository;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.identity.StandIns;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.organization.UnitRouting;
import vn.motcua.platform.database.Counters;
import vn.motcua.platform.database.MotCuaDialectResolver;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.StatisticsProjection;
import vn.motcua.testing.FixturePlumbing.SharedConnection;
import vn.motcua.testing.FixturePlumbing;
import vn.motcua.workflow.WorkflowGateway;
import vn.motcua.workflow.delegates.StepDeadlineTimers;
import vn.motcua.workflow.engine.EngineClock;
import vn.motcua.workflow.engine.WorkflowSettings;
import vn.motcua.workflow.worklist.StepOpened;
import vn.motcua.workflow.worklist.WorkItemIndexer;
import vn.motcua.workflow.worklist.Worklist;

/**
 * The counter intake's collaborators wired by hand, without a container: the migrated schema with the demo units and
 * officials on H2, two procedures of our own (one fully online with two fees, one partly online without fees), the
 * published single-agency model on Flowable, Hibernate and the engine on one shared connection so that a use case
 * commits or rolls back our rows and the engine's together, as under JTA.
 */
final class CounterFixture implements AutoCloseable {

    static final String UNIT = "000.30.01.H29";
    static final String OTHER_UNIT = "000.20.01.H12";
    /** Fully online; component 1 a PDF declaration of 1–2 pages (required), 2 a residence paper (shown only). */
    static final String MARITAL_STATUS = "9.000001";
    /** Partly online; component 1 the application form (required, PDF or image), no fees. */
    static final String EXTRACT = "9.000002";
    static final WorkingCalendar CALENDAR = WorkingCalendar.weekdays(BusinessTime.ZONE);

    final ApplicationClock clock = new ApplicationClock(Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
    final Path documentRoot;
    final DataSource database;
    final SharedConnection connection;
    final SessionFactory sessions;
    final EntityManager em;
    final StatisticsProjection statistics;
    final ProcessEngine engine;
    final CounterIntake intake = new CounterIntake();
    final DossierFiling online = new DossierFiling();
    final vn.motcua.identity.Authorisations authorisations = new vn.motcua.identity.Authorisations();
    final FeeReceipts receipts = new FeeReceipts();
    final DocumentStore documents;
    final LegalTime legalTime = new LegalTime();

    CounterFixture() throws Exception {
        clock.setTo(at("2026-03-02T08:00"));
        documentRoot = Files.createTempDirectory("counter-documents");
        database = TestDatabase.H2.openMigrated("counter", true);
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

        WorkingCalendars calendars = new WorkingCalendars() {
            @Override
            public WorkingCalendar forUnit(String unitCode) {
                return CALENDAR;
            }
        };
        AuditTrail audit = new AuditTrail();
        wire(audit, "em", em, "origin", new RequestOrigin(), "clock", clock);
        statistics = new StatisticsProjection();
        wire(statistics, "em", em);
        DossierEvents events = new DossierEvents();
        wire(events, "changed", FixturePlumbing.<DossierChanged>events(change -> {
            audit.onDossierChanged(change);
            statistics.onDossierChanged(change);
        }));
        StandIns standIns = new StandIns();
        wire(standIns, "em", em, "clock", clock, "audit", audit);
        wire(legalTime, "em", em, "clock", clock, "calendars", calendars, "events", events);
        WorkItemIndexer indexer = new WorkItemIndexer();
        wire(indexer, "em", em, "clock", clock, "opened", FixturePlumbing.<StepOpened>events(legalTime::onStepOpened),
                "standIns", standIns, "audit", audit);
        StepDeadlineTimers deadlines = new StepDeadlineTimers();
        wire(deadlines, "legalTime", legalTime);

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
        config.setBeans(Map.of("stepDeadlines", deadlines));
        engine = config.buildProcessEngine();
        engine.getRepositoryService().createDeployment().key("singleAgencyBasic")
                .addClasspathResource("processes/singleAgencyBasic.bpmn20.xml").deploy();

        WorkflowSettings settings = new WorkflowSettings();
        wire(settings, "intakeReminderAfter", "PT2H");
        WorkflowGateway gateway = new WorkflowGateway();
        wire(gateway, "runtime", engine.getRuntimeService(), "tasks", engine.getTaskService(),
                "management", engine.getManagementService(), "repository", engine.getRepositoryService(),
                "settings", settings);
        Worklist worklist = new Worklist();
        wire(worklist, "em", em);
        JpaDossierRepository dossiers = new JpaDossierRepository();
        wire(dossiers, "em", em);
        DossierSteps steps = new DossierSteps();
        wire(steps, "worklist", worklist, "dossiers", dossiers, "workflow", gateway, "events", events,
                "clock", clock, "legalTime", legalTime);
        Counters counters = new Counters();
        Counters.CounterRows rows = new Counters.CounterRows();
        wire(rows, "em", em);
        wire(counters, "em", em, "rows", rows);
        DossierCodeSequence codes = new DossierCodeSequence();
        wire(codes, "counters", counters);
        FeeReceiptNumbers numbers = new FeeReceiptNumbers();
        wire(numbers, "counters", counters);
        JpaCounterRecords records = new JpaCounterRecords();
        wire(records, "em", em);
        documents = new DocumentStore(new JpaDocumentRepository(em), DocumentPolicy.defaults(documentRoot), clock);
        Catalog catalog = new Catalog();
        wire(catalog, "em", em, "clock", clock);
        OrgUnitRepository units = new OrgUnitRepository();
        wire(units, "em", em);
        UnitRouting routing = new UnitRouting();
        wire(routing, "em", em);
        wire(intake, "catalog", catalog, "units", units, "routing", routing, "dossiers", dossiers, "codes", codes,
                "records", records, "receiptNumbers", numbers, "documents", documents, "workflow", gateway,
                "worklist", worklist, "steps", steps, "events", events, "audit", audit, "clock", clock);
        wire(authorisations, "em", em, "documents", documents, "clock", clock);
        wire(online, "catalog", catalog, "units", units, "dossiers", dossiers, "codes", codes, "workflow", gateway,
                "events", events, "clock", clock, "routing", routing, "records", records, "documents", documents,
                "authorisations", authorisations);
                vn.motcua.identity.AccountRepository accounts = new vn.motcua.identity.AccountRepository();
        wire(accounts, "em", em);
        wire(receipts, "dossiers", dossiers, "records", records, "accounts", accounts, "renderer",
                vn.motcua.documents.rendering.PdfRenderer.withDefaults());

        sql("""
                INSERT INTO procedure_def (code, name, field_name, competent_level, online_level) VALUES
                  ('9.000001', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch', 'COMMUNE', 'FULL_ONLINE'),
                  ('9.000002', 'Cấp bản sao trích lục hộ tịch', 'Hộ tịch', 'COMMUNE', 'PARTIAL_ONLINE')""");
        sql("""
                INSERT INTO procedure_version (procedure_id, version_no, valid_from, valid_to, process_key,
                                               duration_value, duration_unit, fee_amount, result_name)
                SELECT id, 1, '2025-07-01', NULL, 'singleAgencyBasic', 3, 'WORKING_DAYS', 20000, 'Kết quả'
                  FROM procedure_def WHERE code IN ('9.000001', '9.000002')""");
        sql("""
                INSERT INTO procedure_component (version_id, position, name, requirement, originals, copies,
                                                 accepted_types, max_size_kb, min_pages, max_pages)
                SELECT v.id, c.position, c.name, c.requirement, 1, 0, c.types, 1024, 1, c.max_pages
                  FROM procedure_version v JOIN procedure_def p ON p.id = v.procedure_id
                  JOIN (SELECT '9.000001' AS code, 1 AS position, 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân' AS name,
                               'REQUIRED' AS requirement, 'application/pdf' AS types, 2 AS max_pages
                        UNION ALL SELECT '9.000001', 2, 'Giấy tờ chứng minh nơi cư trú', 'SHOWN_ONLY',
                               'application/pdf,image/jpeg,image/png', NULL
                        UNION ALL SELECT '9.000002', 1, 'Tờ khai đề nghị cấp bản sao trích lục', 'REQUIRED',
                               'application/pdf,image/jpeg,image/png', NULL) c ON c.code = p.code""");
        sql("""
                INSERT INTO procedure_fee (version_id, position, kind, description, amount, online_amount, exemption)
                SELECT v.id, f.position, f.kind, f.description, f.amount, NULL, f.exemption
                  FROM procedure_version v JOIN procedure_def p ON p.id = v.procedure_id
                  JOIN (SELECT 1 AS position, 'LE_PHI' AS kind, 'Lệ phí cấp Giấy xác nhận tình trạng hôn nhân' AS description,
                               15000 AS amount, 'Người thuộc gia đình có công với cách mạng' AS exemption
                        UNION ALL SELECT 2, 'PHI', 'Phí cung cấp thông tin hộ tịch', 5000, NULL) f
                    ON p.code = '9.000001'""");
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BusinessTime.ZONE).toInstant();
    }

    Actor desk() {
        return new Actor(accountId("motcua.tdm"), "motcua.tdm", "Nguyễn Thị Thu Hà",
                List.of(new Actor.Grant(Role.DESK_OFFICER, UNIT)));
    }

    Actor actor(String username, Role role, String unit) {
        return new Actor(accountId(username), username, username, List.of(new Actor.Grant(role, unit)));
    }

    private Long accountId(String username) {
        return em.createQuery("select a.id from UserAccount a where a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

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

    /** Uploads a scan at the desk, as the counter page does before the intake. */
    StoredDocument upload(Actor desk, byte[] content, String name) {
        return tx(() -> documents.store(desk, new ByteArrayInputStream(content), name, null, DocumentPurpose.SCAN));
    }

    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Dossier dossier(String code) {
        return tx(() -> em.createQuery("select d from Dossier d where d.code = :c", Dossier.class)
                .setParameter("c", code).getSingleResult());
    }

    long count(String sql) {
        return tx(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
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
        try (Stream<Path> files = Files.walk(documentRoot)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
