package vn.motcua.audit.domain;

import java.util.Optional;

/**
 * Checks the audit chain one entry at a time, in sequence order, so that any number of entries can be verified in
 * batches: feed every entry to {@link #check}, stop at the first break, then compare the end with the chain head
 * ({@link #finish}).
 */
public final class ChainVerifier {

    private long expectedSequence = 1;
    private String expectedPreviousHash = AuditHash.GENESIS;
    private long intact;

    /** The break this entry shows, if any; otherwise the entry becomes the end of the verified chain. */
    public Optional<ChainVerification> check(AuditEntry entry) {
        if (entry.sequence() != expectedSequence) {
            return Optional.of(ChainVerification.broken(intact, expectedSequence, ChainVerification.Problem.MISSING_ENTRY,
                    "entry " + expectedSequence + " is missing: the next stored entry is " + entry.sequence()));
        }
        if (!entry.previousHash().equals(expectedPreviousHash)) {
            return Optional.of(ChainVerification.broken(intact, entry.sequence(),
                    ChainVerification.Problem.PREVIOUS_HASH_MISMATCH,
                    "entry " + entry.sequence() + " does not carry the hash of the entry before it"));
        }
        String recomputed = AuditHash.of(entry.sequence(), entry.facts(), entry.previousHash());
        if (!recomputed.equals(entry.entryHash())) {
            return Optional.of(ChainVerification.broken(intact, entry.sequence(),
                    ChainVerification.Problem.ENTRY_HASH_MISMATCH,
                    "entry " + entry.sequence() + " was altered: its stored hash differs from the recomputed one"));
        }
        expectedSequence++;
        expectedPreviousHash = entry.entryHash();
        intact++;
        return Optional.empty();
    }

    /** The result once every stored entry passed {@link #check}, given the chain head's last sequence and hash. */
    public ChainVerification finish(long headSequence, String headHash) {
        long last = expectedSequence - 1;
        if (headSequence != last || !headHash.equals(expectedPreviousHash)) {
            long broken = headSequence > last ? last + 1 : headSequence < last ? headSequence + 1 : last;
            return ChainVerification.broken(intact, Math.max(broken, 1), ChainVerification.Problem.HEAD_MISMATCH,
                    "the chain head names entry " + headSequence + " as the last one, the stored chain ends at "
                            + last);
        }
        return ChainVerification.intact(intact);
    }
}
