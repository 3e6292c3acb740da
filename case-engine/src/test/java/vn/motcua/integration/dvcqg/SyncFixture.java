package vn.motcua.integration.dvcqg;

import static vn.motcua.testing.FixturePlumbing.wire;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.application.DossierEvents;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.Actor;
import vn.motcua.integration.application.Outbox;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.integration.outbox.OutboxStore;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.UnitLevel;
import vn.motcua.testing.FixturePlumbing;

/**
 * Dossiers moved through their states by the domain's own transitions, each change announced through
 * {@link DossierEvents} to the national-portal sync, which enqueues into a real outbox table (the test's database).
 */
final class SyncFixture {

    static final String UNIT_CODE = "000.30.01.H29";
    private static final Instant FILED = Instant.parse("2026-03-02T01:30:00Z");

    private final Map<Long, Dossier> byId = new ConcurrentHashMap<>();
    private final DossierEvents events = new DossierEvents();
    private final OrgUnit unit;
    private final ProcedureVersion version;
    final NationalPortalSync sync = new NationalPortalSync();
    final NationalPortalSettings settings = new NationalPortalSettings();
    final DossierRepository repository;
    final Outbox outbox;

    /** With a database, changes are enqueued into its outbox; without, only the dossiers are made. */
    SyncFixture(DataSource dataSource) throws Exception {
        OutboxStore store = dataSource == null ? null : new OutboxStore(dataSource);
        Clock outboxClock = Clock.systemUTC();
        outbox = new Outbox() {
            @Override
            public long enqueue(NewMessage message) {
                return store.insert(message, outboxClock.instant());
            }

            @Override
            public boolean enqueueOnce(NewMessage message) {
                return store.insertUnlessPresent(message, outboxClock.instant()).isPresent();
            }
        };
        wire(settings, "sync", Optional.of(true));
        repository = (DossierRepository) Proxy.newProxyInstance(
                DossierRepository.class.getClassLoader(), new Class<?>[] {DossierRepository.class},
                (proxy, method, args) -> method.getName().equals("findById")
                        ? Optional.ofNullable(byId.get((Long) args[0])) : null);
        wire(sync, "settings", settings, "dossiers", repository, "outbox", outbox, "dataSource", dataSource);
        wire(events, "changed", FixturePlumbing.<vn.motcua.dossier.application.DossierChanged>events(
                dataSource == null ? change -> { } : sync::onChange));
        unit = instance(OrgUnit.class, Map.of("id", 1L, "code", UNIT_CODE,
                "name", "Ủy ban nhân dân phường Thủ Dầu Một", "level", UnitLevel.COMMUNE,
                "validFrom", LocalDate.of(2025, 7, 1)));
        Procedure procedure = instance(Procedure.class, Map.of("id", 1L, "code", "1.001193",
                "name", "Đăng ký khai sinh", "field", "Hộ tịch"));
        version = instance(ProcedureVersion.class, Map.of("id", 1L, "procedure", procedure,
                "versionNo", 1, "validFrom", LocalDate.of(2025, 7, 1), "processKey", "oneStopDossier",
                "duration", new ProcessingTime(3, DurationUnit.WORKING_DAYS), "feeAmount", 8000L,
                "resultName", "Giấy khai sinh",
                "fees", new ArrayList<>(List.of(new Fee(FeeKind.LE_PHI, "Lệ phí đăng ký khai sinh", 8000, 4000L, null)))));
    }

    /** A dossier and the changes it goes through, one at a time. */
    final class Journey {
        final Dossier dossier;
        private final List<Runnable> steps = new ArrayList<>();
        private int next;

        Journey(int number) {
            Instant filed = FILED.plus(Duration.ofMinutes(number));
            DossierCode code = new DossierCode(String.format("%s-260302-%04d", UNIT_CODE, number));
            Applicant applicant = new Applicant("Nguyễn Văn Bình " + number,
                    String.format("079301%06d", number), "0912345678", "binh" + number + "@example.invalid");
            dossier = number % 3 == 1
                    ? Dossier.receiveAtCounter(code, version, unit, applicant, "{}", "desk.tdm", filed)
                    : Dossier.submitOnline(code, version, unit, applicant, (long) number, "{}", filed);
            set(dossier, "id", (long) number);
            byId.put((long) number, dossier);
            Instant t = filed;
            if (number % 10 == 0) {
                step(() -> dossier.refuse("Hồ sơ không thuộc thẩm quyền giải quyết", "desk.tdm", filed.plusSeconds(600)));
            } else {
                Instant due = t.plus(Duration.ofDays(3));
                step(() -> dossier.accept("desk.tdm", filed.plusSeconds(600), due));
                step(() -> dossier.startProcessing("specialist.tdm", filed.plusSeconds(3600)));
                step(() -> dossier.submitForApproval("Đủ điều kiện", "specialist.tdm", filed.plusSeconds(7200)));
                step(() -> dossier.approve("leader.tdm", filed.plusSeconds(9000)));
                step(() -> dossier.issueResult("clerk.tdm", filed.plusSeconds(9600)));
                step(() -> dossier.markResultReady(filed.plusSeconds(9700)));
                step(() -> dossier.returnResult("desk.tdm", filed.plus(Duration.ofDays(1))));
            }
        }

        private void step(Runnable step) {
            steps.add(step);
        }

        /** Announces the filing. */
        void file() {
            events.announce(dossier, Actor.SYSTEM);
        }

        /** Makes the next change and announces it; false when the journey is over. */
        boolean advance() {
            if (next >= steps.size()) {
                return false;
            }
            steps.get(next++).run();
            events.announce(dossier, Actor.SYSTEM);
            return true;
        }
    }

    Journey journey(int number) {
        return new Journey(number);
    }

    Dossier dossier(long id) {
        return byId.get(id);
    }

    /** The DVCQG messages in the outbox, per dossier, in enqueue order. */
    static Map<String, List<String>> enqueuedKeys(DataSource dataSource) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT aggregate_id, idempotency_key "
                     + "FROM outbox_message WHERE channel = 'DVCQG' ORDER BY id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                keys.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return keys;
    }

    static <T> T instance(Class<T> type, Map<String, Object> fields) throws Exception {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        T instance = constructor.newInstance();
        fields.forEach((name, value) -> set(instance, name, value));
        return instance;
    }

    static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
