package vn.motcua.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes the statistics read model ({@code stat_dossier}) on the caller's connection, inside the caller's
 * transaction: one dossier's row is derived again from our own tables (the dossier, its unit and procedure, its
 * components, payment, result, rating and the national portal's acceptances in the integration log), never from
 * the engine's tables. The statement is the one migration V22
 * ran for every dossier, narrowed to one.
 */
public final class StatisticsReadModel {

    /** Everything stat_dossier holds for the dossiers the query selects (V22's backfill). */
    static final String INSERT_SELECT = """
            INSERT INTO stat_dossier (dossier_id, dossier_code, unit_id, unit_level, procedure_id, procedure_code, field_name,
              online_level, channel_code, status, received_at, received_day, due_at, due_day, original_due_at, finished_at,
              finished_day, processing_seconds, closed_at, paused, fee_bearing, paid_online, digitised, reused, e_result, rated,
              satisfied, dislike, synced)
            SELECT d.id, d.code, d.receiving_unit_id, u.unit_level, p.id, p.code, p.field_name, p.online_level,
              CASE d.channel WHEN 'ONLINE' THEN 2 WHEN 'POST' THEN 3 ELSE 1 END,
              d.status, d.received_at, CAST(TIMESTAMPADD(HOUR, 7, d.received_at) AS DATE),
              d.due_at, CAST(TIMESTAMPADD(HOUR, 7, d.due_at) AS DATE), d.original_due_at,
              CASE WHEN d.received_at IS NULL THEN NULL ELSE d.result_ready_at END,
              CASE WHEN d.received_at IS NULL THEN NULL ELSE CAST(TIMESTAMPADD(HOUR, 7, d.result_ready_at) AS DATE) END,
              TIMESTAMPDIFF(SECOND, d.received_at, d.result_ready_at),
              CASE WHEN d.status IN ('NOT_RECEIVED', 'WITHDRAWN', 'STOPPED') THEN
                (SELECT MAX(h.occurred_at) FROM dossier_history h WHERE h.dossier_id = d.id AND h.to_status = d.status) END,
              CASE WHEN d.status IN ('AWAITING_SUPPLEMENT', 'AWAITING_FINANCIAL_OBLIGATION') THEN TRUE ELSE FALSE END,
              CASE WHEN pv.fee_amount > 0
                OR EXISTS (SELECT 1 FROM procedure_fee f WHERE f.version_id = pv.id AND f.amount > 0)
                OR EXISTS (SELECT 1 FROM payment_request r WHERE r.dossier_id = d.id AND r.total > 0) THEN TRUE ELSE FALSE END,
              CASE WHEN EXISTS (SELECT 1 FROM payment_request r WHERE r.dossier_id = d.id AND r.status = 'PAID'
                AND r.method = 'ONLINE' AND r.total > 0) THEN TRUE ELSE FALSE END,
              CASE WHEN EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_id = d.id AND c.document_id IS NOT NULL)
                AND NOT EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_id = d.id AND c.document_id IS NULL)
                THEN TRUE ELSE FALSE END,
              CASE WHEN EXISTS (SELECT 1 FROM dossier_component c WHERE c.dossier_id = d.id AND c.provenance = 'REUSE')
                THEN TRUE ELSE FALSE END,
              CASE WHEN EXISTS (SELECT 1 FROM dossier_result r WHERE r.dossier_id = d.id) THEN TRUE ELSE FALSE END,
              CASE WHEN EXISTS (SELECT 1 FROM dossier_rating r WHERE r.dossier_id = d.id) THEN TRUE ELSE FALSE END,
              CASE WHEN EXISTS (SELECT 1 FROM dossier_rating r WHERE r.dossier_id = d.id
                AND r.satisfaction IN ('VERY_SATISFIED', 'SATISFIED')) THEN TRUE ELSE FALSE END,
              CASE WHEN EXISTS (SELECT 1 FROM dossier_rating r WHERE r.dossier_id = d.id
                AND r.satisfaction IN ('DISSATISFIED', 'VERY_DISSATISFIED')) THEN TRUE ELSE FALSE END,
              CASE WHEN EXISTS (SELECT 1 FROM dvcqg_exchange x WHERE x.dossier_code = d.code
                AND x.service = 'DongBoHoSoMC' AND x.outcome = 'OK') THEN TRUE ELSE FALSE END
            FROM dossier d
              JOIN org_unit u ON u.id = d.receiving_unit_id
              JOIN procedure_version pv ON pv.id = d.procedure_version_id
              JOIN procedure_def p ON p.id = pv.procedure_id
            """;

    private StatisticsReadModel() {
    }

    /** The derivation for every dossier; append a WHERE on {@code d} (the dossier) to narrow it. */
    public static String insertSelect() {
        return INSERT_SELECT;
    }

    /**
     * Marks a dossier as held by the national portal (it accepted a DongBoHoSoMC call for it). Derivations after it
     * agree, since they read the same fact from the integration log.
     */
    public static void markSynced(Connection connection, String dossierCode) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE stat_dossier SET synced = TRUE WHERE dossier_code = ? AND NOT synced")) {
            update.setString(1, dossierCode);
            update.executeUpdate();
        }
    }

    /**
     * Derives the row of one dossier again, and moves the rollups ({@link StatisticsRollups}) by the difference; a
     * dossier that no longer exists loses its row and its contribution.
     */
    public static void refresh(Connection connection, long dossierId) throws SQLException {
        StatisticsRollups.Contribution before = StatisticsRollups.counted(connection, dossierId);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM stat_dossier WHERE dossier_id = ?")) {
            delete.setLong(1, dossierId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SELECT + " WHERE d.id = ?")) {
            insert.setLong(1, dossierId);
            insert.executeUpdate();
        }
        StatisticsRollups.update(connection, dossierId, before);
    }
}
