package vn.motcua.statistics.tools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.motcua.platform.database.ConfiguredDataSource;
import vn.motcua.platform.database.SchemaMigrator;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.infrastructure.StatisticsReadModel;
import vn.motcua.statistics.infrastructure.StatisticsRollups;

/**
 * Fills a database with years of synthetic but plausible one-stop history for load and query benchmarks: real
 * {@code dossier} rows (with a component, fee request, electronic result, rating, withdrawal and control-sheet rows
 * where they apply) spread over the current units and procedures, then the statistics read model derived from them
 * with the same statement the application uses. Batched JDBC, one transaction per batch, deterministic for a seed.
 *
 * <pre>
 * java -cp CLASSPATH vn.motcua.statistics.tools.SyntheticHistory \
 *     --url 'jdbc:mysql://127.0.0.1:3306/motcua_bench?...' --user root --password '' \
 *     --dossiers 100000 --years 3 --seed 766 --now 2026-11-20
 * </pre>
 *
 * {@code --now} is the last day of the history (the day the portal will be measured on). The schema and the demo
 * reference data (units, procedures) are migrated first if missing. Never run it against a production database: the
 * rows are invented.
 */
public final class SyntheticHistory {

    private static final int BATCH = 2_000;

    private record Unit(long id, String code) {
    }

    private record Procedure(long versionId, int days, boolean fee, boolean fullOnline, boolean online) {
    }

    private final SplittableRandom random;
    private final List<Unit> units = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final Instant now;
    private final Instant start;
    private long documentId;
    private final String run;

    private SyntheticHistory(long seed, LocalDate today, int years) {
        random = new SplittableRandom(seed);
        now = today.atTime(16, 0).atZone(BusinessTime.ZONE).toInstant();
        start = today.minusYears(years).atStartOfDay(BusinessTime.ZONE).toInstant();
        run = "S" + Long.toString(seed, 36).toUpperCase();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = required(options, "url");
        String user = options.getOrDefault("user", "");
        String password = options.getOrDefault("password", "");
        int dossiers = Integer.parseInt(options.getOrDefault("dossiers", "100000"));
        int years = Integer.parseInt(options.getOrDefault("years", "3"));
        long seed = Long.parseLong(options.getOrDefault("seed", "766"));
        // the generated history ends on this day (a business date): the portal's "now" when it is measured
        LocalDate today = LocalDate.parse(required(options, "now"));
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        SchemaMigrator.migrate(dataSource, true);
        long began = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            SyntheticHistory history = new SyntheticHistory(seed, today, years);
            history.load(connection);
            history.generate(connection, dossiers);
            // the history is written in bulk, not dossier by dossier: derive the rollups again from it
            long rolling = System.nanoTime();
            StatisticsRollups.rebuild(connection);
            connection.commit();
            System.out.printf("rollups derived again in %.1f s%n", (System.nanoTime() - rolling) / 1e9);
        }
        System.out.printf("generated %d dossiers over %d years in %.1f s%n", dossiers, years,
                (System.nanoTime() - began) / 1e9);
    }

    private void load(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, code FROM org_unit WHERE valid_to IS NULL ORDER BY id")) {
            while (rs.next()) {
                units.add(new Unit(rs.getLong(1), rs.getString(2)));
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT v.id, v.duration_value, v.duration_unit, v.fee_amount, "
                     + "p.online_level FROM procedure_version v JOIN procedure_def p ON p.id = v.procedure_id "
                     + "WHERE v.valid_to IS NULL ORDER BY v.id")) {
            while (rs.next()) {
                int value = rs.getInt(2);
                String unit = rs.getString(3);
                int days = unit.contains("HOUR") ? Math.max(1, value / 8) : Math.max(1, value);
                procedures.add(new Procedure(rs.getLong(1), days, rs.getLong(4) > 0,
                        rs.getString(5).startsWith("FULL"), !rs.getString(5).startsWith("INFORMATION")));
            }
        }
        if (units.isEmpty() || procedures.isEmpty()) {
            throw new IllegalStateException("no current units or procedures to generate dossiers for");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document (sha256, size_bytes,"
                + " media_type, original_name, purpose, created_at, created_by) VALUES (?, 1, 'application/pdf',"
                + " 'synthetic.pdf', 'DOSSIER_COMPONENT', ?, 'synthetic')", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, "0".repeat(64));
            insert.setObject(2, utc(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                documentId = keys.getLong(1);
            }
        }
        connection.commit();
    }

    private void generate(Connection connection, int count) throws SQLException {
        long span = Duration.between(start, now).toSeconds();
        for (int done = 0; done < count; done += BATCH) {
            int size = Math.min(BATCH, count - done);
            long firstId;
            long lastId;
            try (PreparedStatement dossier = connection.prepareStatement("INSERT INTO dossier (code,"
                    + " procedure_version_id, receiving_unit_id, applicant_name, channel, status, national_status,"
                    + " submitted_at, received_at, result_ready_at, returned_at, due_at, original_due_at)"
                    + " VALUES (?, ?, ?, 'Người nộp thử nghiệm', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                List<Object[]> facts = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    facts.add(dossierRow(dossier, done + i, span));
                    dossier.addBatch();
                }
                dossier.executeBatch();
                List<Long> ids = new ArrayList<>();
                try (ResultSet keys = dossier.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                firstId = ids.get(0);
                lastId = ids.get(ids.size() - 1);
                details(connection, ids, facts);
            }
            try (PreparedStatement derive = connection.prepareStatement(StatisticsReadModel.insertSelect()
                    + " WHERE d.id BETWEEN ? AND ?")) {
                derive.setLong(1, firstId);
                derive.setLong(2, lastId);
                derive.executeUpdate();
            }
            connection.commit();
            if ((done / BATCH) % 25 == 0) {
                System.out.printf("%d / %d%n", done + size, count);
            }
        }
    }

    /** Sets one dossier's parameters; returns its facts for the detail rows. */
    private Object[] dossierRow(PreparedStatement dossier, int n, long span) throws SQLException {
        Procedure procedure = procedures.get(random.nextInt(procedures.size()));
        Unit unit = units.get(skewed(units.size()));
        Instant received = workingInstant(start.plusSeconds(random.nextLong(span)));
        double channelDraw = random.nextDouble();
        String channel = procedure.online() && channelDraw < (procedure.fullOnline() ? 0.7 : 0.45) ? "ONLINE"
                : channelDraw > 0.95 ? "POST" : "COUNTER";
        Instant due = received.plus(Duration.ofDays(Math.round(procedure.days() * 7 / 5.0)));
        Instant finished = null;
        String status;
        double outcome = random.nextDouble();
        // finished early (70 %), on the due day (15 %) or late (15 %) ...
        Instant planned = outcome < 0.70 ? received.plusSeconds((long) (random.nextDouble()
                * Duration.between(received, due).toSeconds() * 0.9))
                : outcome < 0.85 ? due.minusSeconds(random.nextInt(3_600 * 4))
                : due.plus(Duration.ofHours(1 + random.nextInt(24 * 10)));
        double fate = random.nextDouble();
        if (fate < 0.01) {
            status = "WITHDRAWN";
        } else if (planned.isBefore(now) && fate > 0.015) {
            finished = planned;
            status = random.nextDouble() < 0.8 && finished.plus(Duration.ofDays(3)).isBefore(now) ? "RETURNED"
                    : "RESULT_READY";
        } else {
            status = random.nextDouble() < 0.05 ? "AWAITING_SUPPLEMENT" : "PROCESSING";
        }
        int nationalCode = switch (status) {
            case "WITHDRAWN" -> 7;
            case "RETURNED" -> 10;
            case "RESULT_READY" -> 9;
            case "AWAITING_SUPPLEMENT" -> 5;
            default -> 4;
        };
        dossier.setString(1, run + "-" + n);
        dossier.setLong(2, procedure.versionId());
        dossier.setLong(3, unit.id());
        dossier.setString(4, channel);
        dossier.setString(5, status);
        dossier.setInt(6, nationalCode);
        dossier.setObject(7, utc(received.minusSeconds(600)));
        dossier.setObject(8, utc(received));
        setInstant(dossier, 9, finished);
        setInstant(dossier, 10, "RETURNED".equals(status) ? finished.plus(Duration.ofDays(1)) : null);
        dossier.setObject(11, utc(due));
        dossier.setObject(12, utc(due));
        return new Object[] {unit, procedure, channel, status, received, due, finished};
    }

    /** Units are not equally busy: a few take most dossiers. */
    private int skewed(int size) {
        double u = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(size * u * u));
    }

    /** Moves an instant into working hours (Monday to Friday, 7:30 to 16:30). */
    private Instant workingInstant(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, BusinessTime.ZONE);
        while (local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY) {
            local = local.plusDays(1);
        }
        int minute = 7 * 60 + 30 + random.nextInt(9 * 60);
        return local.toLocalDate().atTime(minute / 60, minute % 60).atZone(BusinessTime.ZONE).toInstant();
    }

    private void details(Connection connection, List<Long> ids, List<Object[]> facts) throws SQLException {
        try (PreparedStatement component = connection.prepareStatement("INSERT INTO dossier_component (dossier_id,"
                + " position, name, form, document_id, provenance) VALUES (?, 1, 'Tờ khai', 'ORIGINAL', ?, ?)");
             PreparedStatement step = connection.prepareStatement("INSERT INTO dossier_step (dossier_id, task_id,"
                     + " step_key, unit_code, role_name, opened_at, due_at, holder, finished_at, result)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement work = connection.prepareStatement("INSERT INTO work_item (task_id, dossier_id,"
                     + " step_key, unit_code, role_name, assignee, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement payment = connection.prepareStatement("INSERT INTO payment_request (dossier_id,"
                     + " dossier_code, agency_code, payer_name, timing, method, status, total, created_at, expires_at,"
                     + " paid_at) VALUES (?, ?, ?, 'Người nộp thử nghiệm', 'INTAKE', ?, ?, 50000, ?, ?, ?)");
             PreparedStatement result = connection.prepareStatement("INSERT INTO dossier_result (dossier_id,"
                     + " verification_code, state, title, agency_code, agency_name, document_id, document_sha256,"
                     + " signed_by, signer_name, signed_at) VALUES (?, ?, 'ISSUED', 'Kết quả', ?, 'Cơ quan', ?, ?,"
                     + " 'synthetic', 'Lãnh đạo', ?)");
             PreparedStatement rating = connection.prepareStatement("INSERT INTO dossier_rating (dossier_id,"
                     + " rated_by, rated_at, satisfaction, convenience, overall, score_total_time, score_agency_time,"
                     + " score_contacts, score_agencies, unit_codes, officials) VALUES (?, 'synthetic', ?, ?,"
                     + " 'SATISFIED', 'SATISFIED', 1, 1, 2, 2, '', '')");
             PreparedStatement history = connection.prepareStatement("INSERT INTO dossier_history (dossier_id,"
                     + " action, from_status, to_status, actor, occurred_at) VALUES (?, 'WITHDRAWN', 'PROCESSING',"
                     + " 'WITHDRAWN', 'synthetic', ?)")) {
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                Object[] f = facts.get(i);
                Unit unit = (Unit) f[0];
                Procedure procedure = (Procedure) f[1];
                String channel = (String) f[2];
                String status = (String) f[3];
                Instant received = (Instant) f[4];
                Instant due = (Instant) f[5];
                Instant finished = (Instant) f[6];
                String code = run + "-" + id;
                component.setLong(1, id);
                if (random.nextDouble() < 0.75) {
                    component.setLong(2, documentId);
                } else {
                    component.setNull(2, Types.BIGINT);
                }
                component.setString(3, "ONLINE".equals(channel) && random.nextDouble() < 0.4 ? "REUSE"
                        : "ONLINE".equals(channel) ? "UPLOAD" : "COUNTER");
                component.addBatch();
                // control sheet: appraise, review, sign — each a share of the time; the open one in the worklist
                String[] keys = {"appraise", "review", "sign"};
                String[] roles = {"SPECIALIST", "UNIT_HEAD", "LEADER"};
                double[] shares = {0.6, 0.2, 0.2};
                Instant end = finished != null ? finished : now;
                Instant opened = received;
                long total = Math.max(60, Duration.between(received, end).toSeconds());
                long allowed = Math.max(60, Duration.between(received, due).toSeconds());
                for (int k = 0; k < keys.length; k++) {
                    Instant stepDue = opened.plusSeconds((long) (allowed * shares[k]));
                    boolean open = finished == null && (k == keys.length - 1 || random.nextDouble() < 0.4);
                    Instant closed = opened.plusSeconds((long) (total * shares[k]));
                    step.setLong(1, id);
                    step.setString(2, code + "-" + k);
                    step.setString(3, keys[k]);
                    step.setString(4, unit.code());
                    step.setString(5, roles[k]);
                    step.setObject(6, utc(opened));
                    step.setObject(7, utc(stepDue));
                    step.setString(8, open && random.nextDouble() < 0.3 ? null : "official" + random.nextInt(50));
                    setInstant(step, 9, open ? null : closed);
                    step.setString(10, open ? null : closed.isAfter(stepDue) ? "LATE"
                            : LocalDate.ofInstant(closed, BusinessTime.ZONE)
                            .isBefore(LocalDate.ofInstant(stepDue, BusinessTime.ZONE)) ? "EARLY" : "ON_TIME");
                    step.addBatch();
                    if (open) {
                        if (!"WITHDRAWN".equals(status)) {
                            work.setString(1, code + "-" + k);
                            work.setLong(2, id);
                            work.setString(3, keys[k]);
                            work.setString(4, unit.code());
                            work.setString(5, roles[k]);
                            work.setString(6, random.nextDouble() < 0.3 ? null : "official" + random.nextInt(50));
                            work.setObject(7, utc(opened));
                            work.addBatch();
                        }
                        break;
                    }
                    opened = closed;
                }
                if (procedure.fee()) {
                    boolean online = "ONLINE".equals(channel) && random.nextDouble() < 0.6;
                    payment.setLong(1, id);
                    payment.setString(2, code);
                    payment.setString(3, unit.code());
                    payment.setString(4, online ? "ONLINE" : "CASH");
                    payment.setString(5, "PAID");
                    payment.setObject(6, utc(received));
                    payment.setObject(7, utc(received.plus(Duration.ofDays(5))));
                    payment.setObject(8, utc(received.plusSeconds(600)));
                    payment.addBatch();
                }
                if (finished != null && random.nextDouble() < 0.6) {
                    result.setLong(1, id);
                    result.setString(2, code);
                    result.setString(3, unit.code());
                    result.setLong(4, documentId);
                    result.setString(5, "0".repeat(64));
                    result.setObject(6, utc(finished));
                    result.addBatch();
                }
                if (finished != null && random.nextDouble() < 0.3) {
                    double mood = random.nextDouble();
                    rating.setLong(1, id);
                    rating.setObject(2, utc(finished.plus(Duration.ofDays(1))));
                    rating.setString(3, mood < 0.55 ? "VERY_SATISFIED" : mood < 0.85 ? "SATISFIED"
                            : mood < 0.95 ? "NEUTRAL" : "DISSATISFIED");
                    rating.addBatch();
                }
                if ("WITHDRAWN".equals(status)) {
                    history.setLong(1, id);
                    history.setObject(2, utc(received.plus(Duration.ofDays(1))));
                    history.addBatch();
                }
            }
            component.executeBatch();
            step.executeBatch();
            work.executeBatch();
            payment.executeBatch();
            result.executeBatch();
            rating.executeBatch();
            history.executeBatch();
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, utc(value));
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
