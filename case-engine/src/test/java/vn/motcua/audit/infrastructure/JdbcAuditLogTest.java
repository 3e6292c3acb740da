package vn.motcua.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.audit.domain.ActorKind;
import vn.motcua.audit.domain.AuditEntry;
import vn.motcua.audit.domain.AuditFacts;
import vn.motcua.audit.domain.AuditHash;
import vn.motcua.audit.domain.ChainVerification;
import vn.motcua.audit.domain.ChainVerification.Problem;
import vn.motcua.platform.database.TestDatabase;

/**
 * The audit chain on a freshly migrated H2 database (MySQL mode), through the real chaining code: appended entries
 * verify as intact; a row altered or deleted with plain SQL afterwards is reported as the first broken link.
 */
class JdbcAuditLogTest {

    private static final Instant T0 = Instant.parse("2026-11-21T02:00:00.123456Z");

    private DataSource dataSource;
    private final JdbcAuditLog log = new JdbcAuditLog(3);

    @BeforeEach
    void migrate() {
        dataSource = TestDatabase.H2.openMigrated("audit", false);
    }

    @AfterEach
    void shutDown() throws SQLException {
        TestDatabase.H2.release(dataSource);
    }

    @Test
    void appendedEntriesFormAnIntactChain() throws SQLException {
        List<AuditEntry> entries = appendSeven();

        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditHash.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).entryHash());
        }
        assertThat(verify()).isEqualTo(ChainVerification.intact(7));
        try (Connection connection = dataSource.getConnection()) {
            AuditEntry stored = log.entriesAfter(connection, 2, 1).get(0);
            assertThat(stored).isEqualTo(entries.get(2));
            assertThat(stored.facts().occurredAt()).isEqualTo(Instant.parse("2026-11-21T02:02:00Z"));
            assertThat(stored.facts().reason()).isEqualTo("Tờ khai thiếu chữ ký; CCCD *********234");
        }
    }

    @Test
    void anAppendOutsideATransactionIsRefusedBecauseItCouldNotHoldTheChainHead() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getAutoCommit()).isTrue();
            assertThatThrownBy(() -> log.append(connection, facts(0, "SUBMITTED", null)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("auto-commit");
        }
        assertThat(verify()).isEqualTo(ChainVerification.intact(0));
    }

    @Test
    void anEmptyChainIsIntact() throws SQLException {
        assertThat(verify()).isEqualTo(ChainVerification.intact(0));
    }

    @Test
    void alteringOneRowIsReportedAsTheFirstBrokenLink() throws SQLException {
        appendSeven();

        execute("UPDATE audit_entry SET reason = 'Hồ sơ hợp lệ' WHERE sequence_no = 3");

        ChainVerification result = verify();
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(3L);
        assertThat(result.problem()).isEqualTo(Problem.ENTRY_HASH_MISMATCH);
        assertThat(result.entries()).isEqualTo(2);
    }

    @Test
    void alteringARowAndItsHashBreaksTheNextLink() throws SQLException {
        List<AuditEntry> entries = appendSeven();
        AuditEntry fifth = entries.get(4);
        AuditFacts forged = new AuditFacts(fifth.facts().occurredAt(), "someone.else", fifth.facts().actorKind(),
                fifth.facts().actorUnit(), fifth.facts().clientAddress(), fifth.facts().action(),
                fifth.facts().objectType(), fifth.facts().objectCode(), fifth.facts().beforeSummary(),
                fifth.facts().afterSummary(), fifth.facts().reason());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE audit_entry SET actor_username = ?, entry_hash = ? WHERE sequence_no = 5")) {
            update.setString(1, "someone.else");
            update.setString(2, AuditHash.of(5, forged, fifth.previousHash()));
            update.executeUpdate();
        }

        ChainVerification result = verify();
        assertThat(result.firstBrokenSequence()).isEqualTo(6L);
        assertThat(result.problem()).isEqualTo(Problem.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void deletingARowIsReportedAsAGap() throws SQLException {
        appendSeven();

        execute("DELETE FROM audit_entry WHERE sequence_no = 4");

        ChainVerification result = verify();
        assertThat(result.ok()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(4L);
        assertThat(result.problem()).isEqualTo(Problem.MISSING_ENTRY);
    }

    @Test
    void deletingTheNewestRowsIsReportedAgainstTheChainHead() throws SQLException {
        appendSeven();

        execute("DELETE FROM audit_entry WHERE sequence_no >= 6");

        ChainVerification result = verify();
        assertThat(result.firstBrokenSequence()).isEqualTo(6L);
        assertThat(result.problem()).isEqualTo(Problem.HEAD_MISMATCH);
    }

    @Test
    void aRolledBackAppendGivesItsSequenceNumberBack() throws SQLException {
        appendSeven();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            log.append(connection, facts(8, "ACCEPTED", null));
            connection.rollback();
        }
        AuditEntry next;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            next = log.append(connection, facts(9, "ACCEPTED", null));
            connection.commit();
        }

        assertThat(next.sequence()).isEqualTo(8);
        assertThat(verify()).isEqualTo(ChainVerification.intact(8));
    }

    @Test
    void concurrentAppendersOnSeparateConnectionsKeepTheChainLinear() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> appenders = new ArrayList<>();
            for (int node = 0; node < 4; node++) {
                int n = node;
                appenders.add(() -> {
                    for (int i = 0; i < 10; i++) {
                        try (Connection connection = dataSource.getConnection()) {
                            connection.setAutoCommit(false);
                            log.append(connection, facts(n * 10 + i, "ACCEPTED", null));
                            connection.commit();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : nodes.invokeAll(appenders, 60, TimeUnit.SECONDS)) {
                done.get();
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(verify()).isEqualTo(ChainVerification.intact(40));
    }

    @Test
    void aMissingReasonIsRefusedWhereOneIsMandatory() {
        for (String action : AuditFacts.REASON_REQUIRED) {
            assertThatThrownBy(() -> facts(1, action, "  "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a reason is required for the action " + action);
        }
    }

    private List<AuditEntry> appendSeven() throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            entries.add(log.append(connection, facts(0, "SUBMITTED", null)));
            entries.add(log.append(connection, facts(1, "ACCEPTED", null)));
            entries.add(log.append(connection, facts(2, "REFUSED", "Tờ khai thiếu chữ ký; CCCD 079203001234")));
            for (int i = 3; i < 7; i++) {
                entries.add(log.append(connection, facts(i, "PROCESSING_STARTED", null)));
            }
            connection.commit();
        }
        return entries;
    }

    private static AuditFacts facts(int minute, String action, String reason) {
        return AuditFacts.of(T0.plusSeconds(60L * minute), "motcua.tdm", ActorKind.OFFICIAL, "000.30.01.H29",
                "203.0.113.7", action, "DOSSIER", "000.30.01.H29-261121-000" + (minute % 10),
                "status SUBMITTED", "status RECEIVED; người nộp congdan.an@example.invalid", reason);
    }

    private ChainVerification verify() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return log.verify(connection);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
