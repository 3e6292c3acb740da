package vn.motcua.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.infrastructure.Connections;
import vn.motcua.statistics.infrastructure.StatisticsReadModel;

/**
 * Hand-built organisation, procedures, dossiers and control-sheet rows for the statistics tests, written with plain
 * JDBC into a migrated database; each dossier's read-model row is derived with {@link StatisticsReadModel}, as the
 * projection does inside a use case.
 */
final class StatisticsFixture implements Connections {

    private final DataSource database;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private int sequence;

    StatisticsFixture(DataSource database) {
        this.database = database;
    }

    @Override
    public <T> T run(Work<T> work) {
        try (Connection connection = database.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An instant given as Asia/Ho_Chi_Minh local time, e.g. {@code 2026-09-02T09:00}. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BusinessTime.ZONE).toInstant();
    }

    long unit(String code, String name, String level, String parentCode) {
        long id = insert("INSERT INTO org_unit (code, name, unit_level, parent_id, valid_from) VALUES (?, ?, ?, ?, ?)",
                code, name, level, parentCode == null ? null : units.get(parentCode), java.sql.Date.valueOf("2020-01-01"));
        units.put(code, id);
        return id;
    }

    void account(String username, String role, String unitCode) {
        long account = insert("INSERT INTO user_account (username, display_name, password_hash, account_kind, created_at)"
                + " VALUES (?, ?, 'x', 'OFFICIAL', ?)", username, username, ts(at("2020-01-01T00:00")));
        insert("INSERT INTO role_assignment (account_id, role_name, unit_id) VALUES (?, ?, ?)", account, role,
                unitCode == null ? null : units.get(unitCode));
    }

    void procedure(String code, String name, String field, String onlineLevel, long fee) {
        long procedure = insert("INSERT INTO procedure_def (code, name, field_name, competent_level, online_level)"
                + " VALUES (?, ?, ?, 'COMMUNE', ?)", code, name, field, onlineLevel);
        long version = insert("INSERT INTO procedure_version (procedure_id, version_no, valid_from, process_key,"
                + " duration_value, duration_unit, fee_amount, result_name) VALUES (?, 1, ?, 'singleAgency', 10,"
                + " 'WORKING_DAY', ?, 'Kết quả')", procedure, java.sql.Date.valueOf("2020-01-01"), fee);
        versions.put(code, version);
    }

    /** A dossier; returns a builder that finishes with {@link DossierRow#save()}. */
    DossierRow dossier(String unitCode, String procedureCode, String channel, String status) {
        return new DossierRow(unitCode, procedureCode, channel, status);
    }

    final class DossierRow {
        private final String unitCode;
        private final String procedureCode;
        private final String channel;
        private final String status;
        private Instant received;
        private Instant due;
        private Instant finished;
        private Instant closed;
        private boolean digitised;
        private boolean reused;
        private boolean paidOnline;
        private boolean eResult;
        private String satisfaction;
        private boolean synced;

        private DossierRow(String unitCode, String procedureCode, String channel, String status) {
            this.unitCode = unitCode;
            this.procedureCode = procedureCode;
            this.channel = channel;
            this.status = status;
        }

        DossierRow received(String local) {
            received = at(local);
            return this;
        }

        DossierRow due(String local) {
            due = at(local);
            return this;
        }

        DossierRow finished(String local) {
            finished = at(local);
            return this;
        }

        DossierRow closed(String local) {
            closed = at(local);
            return this;
        }

        /** Every component scanned; with {@code reused}, one of them reused from the applicant's store. */
        DossierRow digitised(boolean reusedOne) {
            digitised = true;
            reused = reusedOne;
            return this;
        }

        DossierRow paidOnline() {
            paidOnline = true;
            return this;
        }

        DossierRow eResult() {
            eResult = true;
            return this;
        }

        /** The national portal accepted the dossier's snapshot (an OK DongBoHoSoMC line in the integration log). */
        DossierRow synced() {
            synced = true;
            return this;
        }

        DossierRow rated(String satisfactionLevel) {
            satisfaction = satisfactionLevel;
            return this;
        }

        long save() {
            String code = "G" + (++sequence);
            Instant submitted = received == null ? at("2026-09-25T08:00") : received;
            long id = insert("INSERT INTO dossier (code, procedure_version_id, receiving_unit_id, applicant_name,"
                    + " channel, status, national_status, submitted_at, received_at, result_ready_at, due_at,"
                    + " original_due_at) VALUES (?, ?, ?, 'Nguyễn Văn A', ?, ?, 4, ?, ?, ?, ?, ?)", code,
                    versions.get(procedureCode), units.get(unitCode), channel, status, ts(submitted), ts(received),
                    ts(finished), ts(due), ts(due));
            if (closed != null) {
                insert("INSERT INTO dossier_history (dossier_id, action, from_status, to_status, actor, occurred_at)"
                        + " VALUES (?, 'WITHDRAWN', 'PROCESSING', ?, 'citizen', ?)", id, status, ts(closed));
            }
            long document = insert("INSERT INTO document (sha256, size_bytes, media_type, original_name, purpose,"
                    + " created_at, created_by) VALUES ('ab', 1, 'application/pdf', 'a.pdf', 'DOSSIER_COMPONENT', ?,"
                    + " 'desk')", ts(submitted));
            insert("INSERT INTO dossier_component (dossier_id, position, name, form, document_id, provenance)"
                    + " VALUES (?, 1, 'Tờ khai', 'ORIGINAL', ?, ?)", id, document, reused ? "REUSE" : "UPLOAD");
            insert("INSERT INTO dossier_component (dossier_id, position, name, form, document_id, provenance)"
                    + " VALUES (?, 2, 'Giấy tờ', 'ORIGINAL', ?, 'COUNTER')", id, digitised ? document : null);
            boolean feeBearing = run(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT fee_amount FROM procedure_version WHERE id = ?")) {
                    s.setLong(1, versions.get(procedureCode));
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getLong(1) > 0;
                    }
                }
            });
            if (feeBearing) {
                insert("INSERT INTO payment_request (dossier_id, dossier_code, agency_code, payer_name, timing, method,"
                        + " status, total, created_at, expires_at) VALUES (?, ?, ?, 'Nguyễn Văn A', 'INTAKE', ?, ?,"
                        + " 50000, ?, ?)", id, code, unitCode, paidOnline ? "ONLINE" : "CASH",
                        paidOnline ? "PAID" : "AWAITING", ts(submitted), ts(submitted));
            }
            if (eResult) {
                insert("INSERT INTO dossier_result (dossier_id, verification_code, state, title, agency_code,"
                        + " agency_name, document_id, document_sha256, signed_by, signer_name, signed_at)"
                        + " VALUES (?, ?, 'ISSUED', 'Kết quả', ?, 'Cơ quan', ?, 'ab', 'leader', 'Lãnh đạo', ?)",
                        id, "V" + id, unitCode, document, ts(finished));
            }
            if (satisfaction != null) {
                insert("INSERT INTO dossier_rating (dossier_id, rated_by, rated_at, satisfaction, convenience,"
                        + " overall, score_total_time, score_agency_time, score_contacts, score_agencies, unit_codes,"
                        + " officials) VALUES (?, 'citizen', ?, ?, 'SATISFIED', 'SATISFIED', 1, 1, 2, 2, '', '')",
                        id, ts(finished), satisfaction);
            }
            if (synced) {
                insert("INSERT INTO dvcqg_exchange (occurred_at, service, dossier_code, url, http_status, outcome,"
                        + " duration_ms) VALUES (?, 'DongBoHoSoMC', ?, 'http://portal/service', 200, 'OK', 5)",
                        ts(submitted), code);
            }
            run(c -> {
                StatisticsReadModel.refresh(c, id);
                return null;
            });
            return id;
        }
    }

    /**
     * A control-sheet row: a handover of {@code stepKey} at a unit; open when {@code finished} is null. The dossier's
     * read model is derived again afterwards, as the projection does when a use case finishes a step (the step's
     * completion announces a dossier change in the same transaction), which counts the handover in the rollups.
     */
    long step(long dossierId, String stepKey, String unitCode, String opened, String finished, String result) {
        long id = insert("INSERT INTO dossier_step (dossier_id, task_id, step_key, unit_code, role_name, opened_at,"
                + " finished_at, result) VALUES (?, ?, ?, ?, 'SPECIALIST', ?, ?, ?)", dossierId, "t" + (++sequence),
                stepKey, unitCode, ts(at(opened)), finished == null ? null : ts(at(finished)), result);
        refresh(dossierId);
        return id;
    }

    /** Derives one dossier's read-model row (and its rollup contribution) again, in a transaction of its own. */
    void refresh(long dossierId) {
        run(c -> {
            StatisticsReadModel.refresh(c, dossierId);
            return null;
        });
    }

    /** An open task of the worklist: who holds the dossier now (null = unclaimed). */
    void workItem(long dossierId, String stepKey, String unitCode, String assignee) {
        insert("INSERT INTO work_item (task_id, dossier_id, step_key, unit_code, role_name, assignee, created_at)"
                + " VALUES (?, ?, ?, ?, 'SPECIALIST', ?, ?)", "w" + (++sequence), dossierId, stepKey, unitCode,
                assignee, ts(at("2026-09-01T08:00")));
    }

    private static LocalDateTime ts(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private long insert(String sql, Object... values) {
        return run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0L;
                }
            }
        });
    }
}
