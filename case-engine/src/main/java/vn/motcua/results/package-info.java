/**
 * The results of dossiers as legal documents: rendered from the procedure's result, signed by the leader with a
 * personal certificate, numbered in the agency's register and sealed by its clerk, stored with the dossier, and
 * verifiable by anybody through the QR code printed on them. The signatures themselves are made by the
 * {@code vn.motcua.signing} context.
 */
package vn.motcua.results;
