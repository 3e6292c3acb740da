package vn.motcua.notification.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import vn.motcua.notification.application.InboxItemView;
import vn.motcua.notification.domain.InboxKind;
import vn.motcua.notification.domain.InboxPayload;

/** The {@code inbox_item} table: officials' notices, one row per recipient account. */
public class InboxStore {

    private final DataSource dataSource;

    public InboxStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "data source is required");
    }

    /** The active accounts holding a role in a unit, by account id. */
    public List<String> holdersOf(String unitCode, String role) {
        String sql = "SELECT a.username FROM user_account a JOIN role_assignment r ON r.account_id = a.id "
                + "JOIN org_unit u ON u.id = r.unit_id WHERE u.code = ? AND r.role_name = ? AND a.active = TRUE "
                + "ORDER BY a.id";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, unitCode);
            select.setString(2, role);
            List<String> usernames = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    usernames.add(rs.getString(1));
                }
            }
            return usernames;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the holders of " + role + " in unit " + unitCode, e);
        }
    }

    /** The active officials standing in on a day for any of the given officials. */
    public List<String> standInsFor(List<String> usernames, java.time.LocalDate day) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT DISTINCT d.username FROM stand_in s JOIN user_account a ON a.id = s.absent_account_id "
                + "JOIN user_account d ON d.id = s.stand_in_account_id WHERE a.username IN ("
                + String.join(",", java.util.Collections.nCopies(usernames.size(), "?")) + ") "
                + "AND s.revoked_at IS NULL AND s.valid_from <= ? AND s.valid_to >= ? AND d.active = TRUE "
                + "ORDER BY d.username";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            for (String username : usernames) {
                select.setString(i++, username);
            }
            select.setObject(i++, day);
            select.setObject(i, day);
            List<String> deputies = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    deputies.add(rs.getString(1));
                }
            }
            return deputies;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot find the stand-ins of " + usernames, e);
        }
    }

    /** Adds the notice for a recipient; false when this source key was delivered to them before (a no-op). */
    public boolean add(String recipient, InboxPayload notice, String sourceKey, Instant now) {
        String sql = "INSERT INTO inbox_item (recipient, kind, dossier_code, step_key, note, link, source_key, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, recipient);
            insert.setString(2, notice.kind().name());
            insert.setString(3, notice.dossierCode());
            insert.setString(4, notice.stepKey());
            insert.setString(5, truncate(notice.note(), 2000));
            insert.setString(6, truncate(notice.link(), 500));
            insert.setString(7, sourceKey);
            insert.setObject(8, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add an inbox notice", e);
        }
    }

    public List<InboxItemView> latest(String recipient, int limit) {
        String sql = "SELECT id, kind, dossier_code, step_key, note, link, created_at, read_at FROM inbox_item "
                + "WHERE recipient = ? ORDER BY id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, recipient);
            select.setInt(2, limit);
            List<InboxItemView> items = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime created = rs.getObject(7, LocalDateTime.class);
                    items.add(new InboxItemView(rs.getLong(1), InboxKind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), created.toInstant(ZoneOffset.UTC),
                            rs.getObject(8) != null));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the inbox", e);
        }
    }

    public long unread(String recipient) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT COUNT(*) FROM inbox_item WHERE recipient = ? AND read_at IS NULL")) {
            select.setString(1, recipient);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count unread inbox notices", e);
        }
    }

    /** Marks the recipient's notice (or, with a null id, all their notices) read; returns how many changed. */
    public int markRead(String recipient, Long id, Instant now) {
        String sql = "UPDATE inbox_item SET read_at = ? WHERE recipient = ? AND read_at IS NULL"
                + (id == null ? "" : " AND id = ?");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC), Types.TIMESTAMP);
            update.setString(2, recipient);
            if (id != null) {
                update.setLong(3, id);
            }
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot mark inbox notices read", e);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
