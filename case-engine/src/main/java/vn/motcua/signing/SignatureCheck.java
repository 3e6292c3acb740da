package vn.motcua.signing;

import java.time.Instant;

/**
 * The verdict on one signature of a PDF.
 *
 * @param signer   the signer's name (common name of the signing certificate)
 * @param subject  the signing certificate's subject (RFC 2253)
 * @param seal     whether it is an organisation seal rather than a person's signature (from the certificate)
 * @param signedAt the trusted time of the signature time stamp; the time the signer claimed when there is no time
 *                 stamp; null when neither is known
 * @param valid    whether the signature is valid (see {@link vn.motcua.signing.pades.PdfVerification})
 * @param problem  what is wrong, in Vietnamese, for people; null when nothing is
 */
public record SignatureCheck(String signer, String subject, boolean seal, Instant signedAt, boolean valid,
                             String problem) {
}
