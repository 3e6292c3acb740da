package vn.motcua.integration.dvcqg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The integration log of the national portal (table {@code dvcqg_exchange}): every raw request and answer, written
 * on its own (never inside a use case's transaction, so a failed delivery is still logged). Bodies are cut at
 * {@value #MAX_BODY} characters; the password, the session token and personal ID numbers are masked before they are
 * stored.
 */
public class ExchangeLog {

    static final int MAX_BODY = 8000;
    private static final int MAX_ERROR = 1000;
    private static final Pattern SECRET = Pattern.compile(
            "(\"(?:password|session|token)\"\\s*:\\s*\")([^\"]*)(\")", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSONAL_ID = Pattern.compile("(?<![0-9])([0-9]{6})([0-9]{3})([0-9]{3})(?![0-9])");

    private static final Logger LOG = Logger.getLogger(ExchangeLog.class.getName());

    private final DataSource dataSource;

    public ExchangeLog(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "data source is required");
    }

    /** What a delivery attempt is about, for the log. */
    public record Subject(String service, String dossierCode, String idempotencyKey, Long outboxMessageId,
                          Integer attempt) {

        static Subject of(String service) {
            return new Subject(service, null, null, null, null);
        }
    }

    /**
     * Appends one exchange. The exchange has already happened, so a failure to write it must not make the relay send
     * the message again: a failed write is tried once more, then reported in the server log (without the bodies).
     */
    public void record(Subject subject, Instant at, String url, Integer httpStatus, String outcome, long durationMillis,
                       String requestBody, String responseBody, String error) {
        SQLException failure = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                insert(subject, at, url, httpStatus, outcome, durationMillis, requestBody, responseBody, error);
                return;
            } catch (SQLException e) {
                failure = e;
            }
        }
        SQLException lost = failure;
        LOG.log(Level.WARNING, lost, () -> "The national portal's integration log lost an exchange: " + subject.service()
                + " " + subject.dossierCode() + " key " + subject.idempotencyKey() + " status " + httpStatus + " "
                + outcome + " at " + at);
    }

    private void insert(Subject subject, Instant at, String url, Integer httpStatus, String outcome,
                        long durationMillis, String requestBody, String responseBody, String error)
            throws SQLException {
        String sql = "INSERT INTO dvcqg_exchange (occurred_at, service, dossier_code, idempotency_key, "
                + "outbox_message_id, attempt, url, http_status, outcome, duration_ms, request_body, response_body, "
                + "error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(2, cut(subject.service(), 40));
            insert.setString(3, cut(subject.dossierCode(), 60));
            insert.setString(4, cut(subject.idempotencyKey(), 150));
            setLong(insert, 5, subject.outboxMessageId());
            setLong(insert, 6, subject.attempt() == null ? null : subject.attempt().longValue());
            insert.setString(7, cut(url, 500));
            setLong(insert, 8, httpStatus == null ? null : httpStatus.longValue());
            insert.setString(9, outcome);
            insert.setLong(10, durationMillis);
            insert.setString(11, cut(mask(requestBody), MAX_BODY));
            insert.setString(12, cut(mask(responseBody), MAX_BODY));
            insert.setString(13, cut(mask(error), MAX_ERROR));
            insert.executeUpdate();
        }
    }

    /** The newest exchanges, optionally of one dossier and/or one outcome. */
    public List<Exchange> list(String dossierCode, String outcome, int limit) {
        return query(null, dossierCode, outcome, limit);
    }

    public Optional<Exchange> find(long id) {
        return query(id, null, null, 1).stream().findFirst();
    }

    private List<Exchange> query(Long id, String dossierCode, String outcome, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, service, dossier_code, idempotency_key, "
                + "outbox_message_id, attempt, url, http_status, outcome, duration_ms, request_body, response_body, "
                + "error FROM dvcqg_exchange WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (id != null) {
            sql.append(" AND id = ?");
            args.add(id);
        }
        if (dossierCode != null && !dossierCode.isBlank()) {
            sql.append(" AND dossier_code = ?");
            args.add(dossierCode.strip());
        }
        if (outcome != null && !outcome.isBlank()) {
            sql.append(" AND outcome = ?");
            args.add(outcome.strip());
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(Math.max(1, limit));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                query.setObject(i + 1, args.get(i));
            }
            List<Exchange> found = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new Exchange(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, Long.class),
                            rs.getObject(7, Integer.class), rs.getString(8), rs.getObject(9, Integer.class),
                            rs.getString(10), rs.getLong(11), rs.getString(12), rs.getString(13), rs.getString(14)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the national portal's integration log", e);
        }
    }

    /** Hides passwords, session tokens and personal ID numbers (all but the last three digits). */
    static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher secrets = SECRET.matcher(text);
        String masked = secrets.replaceAll("$1[REDACTED]$3");
        return PERSONAL_ID.matcher(masked).replaceAll("*********$3");
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
