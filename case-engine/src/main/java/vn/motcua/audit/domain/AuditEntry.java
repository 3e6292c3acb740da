package vn.motcua.audit.domain;

import java.util.Objects;

/**
 * One link of the audit chain as stored: its sequence number (1, 2, 3, … without gaps), its facts, the hash of the
 * previous entry ({@link AuditHash#GENESIS} for the first) and its own hash.
 */
public record AuditEntry(long sequence, AuditFacts facts, String previousHash, String entryHash) {

    public AuditEntry {
        Objects.requireNonNull(facts, "facts are required");
        Objects.requireNonNull(previousHash, "previous hash is required");
        Objects.requireNonNull(entryHash, "entry hash is required");
    }

    /** The entry that follows {@code previousHash} at {@code sequence}, with its hash computed. */
    public static AuditEntry chained(long sequence, AuditFacts facts, String previousHash) {
        return new AuditEntry(sequence, facts, previousHash, AuditHash.of(sequence, facts, previousHash));
    }
}
