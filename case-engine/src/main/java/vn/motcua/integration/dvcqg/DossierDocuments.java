package vn.motcua.integration.dvcqg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a dossier's national-portal snapshot needs beyond the aggregate: the components handed in (with their
 * stored file, if digitised), the result documents and whether the fees were paid online.
 */
public record DossierDocuments(List<Component> components, List<Result> results, boolean paidOnline) {

    public static final DossierDocuments NONE = new DossierDocuments(List.of(), List.of(), false);

    public DossierDocuments {
        components = List.copyOf(components);
        results = List.copyOf(results);
    }

    /** A component of the dossier; {@code documentId} is its stored file (null when handed in on paper only). */
    public record Component(int position, String name, Long documentId, String provenance) {
    }

    /** A result document, found on the public verification page by its code. */
    public record Result(long id, String title, String verificationCode) {
    }

    /** Reads them in the caller's transaction. */
    public static DossierDocuments read(DataSource dataSource, long dossierId) {
        try (Connection connection = dataSource.getConnection()) {
            List<Component> components = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT position, name, document_id, "
                    + "provenance FROM dossier_component WHERE dossier_id = ? ORDER BY position")) {
                query.setLong(1, dossierId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        components.add(new Component(rs.getInt(1), rs.getString(2), rs.getObject(3, Long.class),
                                rs.getString(4)));
                    }
                }
            }
            List<Result> results = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, title, verification_code "
                    + "FROM dossier_result WHERE dossier_id = ? ORDER BY id")) {
                query.setLong(1, dossierId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        results.add(new Result(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            boolean paidOnline;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM payment_request WHERE dossier_id = ? AND status = 'PAID'")) {
                query.setLong(1, dossierId);
                try (ResultSet rs = query.executeQuery()) {
                    paidOnline = rs.next() && rs.getLong(1) > 0;
                }
            }
            return new DossierDocuments(components, results, paidOnline);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the documents of dossier #" + dossierId, e);
        }
    }
}
