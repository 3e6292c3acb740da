/**
 * Signing: PAdES signatures of officials and organisation seals on PDF results, their visible stamps, key custody
 * and verification for the public QR page.
 *
 * <ul>
 *   <li>{@code SigningService} is the facade the workflow and the web layer call: sign as an official, seal as an
 *   agency, verify, the development root in PEM, the RFC 3161 responder.</li>
 *   <li>{@code signer}: the port {@code SignatureProvider} (the server computes what is signed, a provider signs
 *   with a key it keeps), with PKCS#12 and PKCS#11 (SunPKCS11) implementations.</li>
 *   <li>{@code pades}: PAdES B-T signing with EU DSS as incremental updates, the Java2D appearance (signature block,
 *   round red seal), offline verification.</li>
 *   <li>{@code pki}: the development CA, clearly not for production; {@code timestamp}: the development
 *   time-stamping authority and its in-process DSS adapter.</li>
 * </ul>
 */
package vn.motcua.signing;
