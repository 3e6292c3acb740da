package vn.motcua.audit.domain;

/**
 * The outcome of walking the audit chain: intact with the number of entries, or the first broken link.
 *
 * @param ok                  whether every entry and the chain head check out
 * @param entries             entries found intact (all of them when ok; those before the break otherwise)
 * @param firstBrokenSequence the sequence number of the first broken link; null when ok
 * @param problem             what is wrong there; null when ok
 * @param detail              a sentence for operators; null when ok
 */
public record ChainVerification(boolean ok, long entries, Long firstBrokenSequence, Problem problem,
                                String detail) {

    /** What can be wrong with a link. */
    public enum Problem {
        /** The stored hash differs from the hash recomputed over the stored fields: the row was altered. */
        ENTRY_HASH_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before it: an entry was replaced or re-hashed. */
        PREVIOUS_HASH_MISMATCH,
        /** A sequence number is missing: an entry was deleted. */
        MISSING_ENTRY,
        /** The chain head names a last entry the chain does not end with: entries were removed or rewritten at the end. */
        HEAD_MISMATCH
    }

    public static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null, null);
    }

    public static ChainVerification broken(long entries, long sequence, Problem problem, String detail) {
        return new ChainVerification(false, entries, sequence, problem, detail);
    }
}
