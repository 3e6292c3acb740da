/**
 * Fees paid online (DOMAIN.md §5.1, §5.2): a payment request per dossier built from its procedure version's fees
 * (phí, lệ phí, the applicant's exemptions), paid through a gateway adapter with signed redirects and a signed
 * server-to-server notification (the VNPAY 2.1.0 scheme), reconciled by a recurring job when a notification is lost,
 * and acknowledged by an electronic receipt (biên lai điện tử). Settlement marks the request paid and tells the
 * dossier (and its waiting process) in one transaction, so paid and registered never disagree. The sandbox gateway
 * plays the bank for the demo and the tests.
 */
package vn.motcua.payment;
