/**
 * The development certification authority: root, officials' and seals' certificates, the TSA certificate and an
 * empty CRL, all marked "MotCua development CA — NOT FOR PRODUCTION", in PKCS#12 files under the data folder.
 */
package vn.motcua.signing.pki;
