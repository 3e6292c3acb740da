package vn.motcua.results;

import java.time.Instant;

/**
 * A dossier's result for its page: where it stands, who signed it and in what capacity, its number once issued, and
 * the link of its public verification page.
 */
public record ResultSummary(String title, String state, String signerName, String signerTitle, String onBehalf,
                            Instant signedAt, String number, Instant issuedAt, String verificationUrl) {

    static ResultSummary of(DossierResult r, String verificationUrl) {
        return new ResultSummary(r.getTitle(), r.getState().name(), r.getSignerName(), r.getSignerTitle(),
                r.getOnBehalf(), r.getSignedAt(), r.numberAndSymbol(), r.getIssuedAt(), verificationUrl);
    }
}
