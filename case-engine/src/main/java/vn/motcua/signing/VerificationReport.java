package vn.motcua.signing;

import java.util.List;

/**
 * The result of verifying a signed PDF.
 *
 * @param intact     true when the document has at least one signature, every signature is valid and nothing was
 *                   changed or appended after the last one
 * @param signatures one check per signature, in signing order
 */
public record VerificationReport(boolean intact, List<SignatureCheck> signatures) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
    }
}
