package vn.motcua.results;

import java.time.Instant;
import java.util.List;
import vn.motcua.signing.SignatureCheck;

/**
 * What the public verification page and API say about a document: which result it is (when it is one of ours),
 * whether it is the very copy the agency issued, and each signature with its signer, time and validity.
 *
 * @param dossierCode       the dossier's code, or null when the document is not a result issued here
 * @param matchesIssuedCopy the document is byte for byte the result as the agency issued it
 * @param intact            every signature is valid and nothing was changed after the last one
 */
public record ResultCheck(String dossierCode, String verificationCode, String title, String agencyCode,
                          String agencyName, String number, Instant issuedAt, boolean issued,
                          boolean matchesIssuedCopy, boolean intact,
                          List<SignatureCheck> signatures) {

    public ResultCheck {
        signatures = List.copyOf(signatures);
    }

    /** Known here, complete, signed and sealed, unchanged. */
    public boolean authentic() {
        return dossierCode != null && issued && matchesIssuedCopy && intact;
    }
}
