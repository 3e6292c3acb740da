/**
 * Fees paid online, in the browser: the citizen's payment page and the page the gateway returns to, and the sandbox
 * gateway's bank-like page (served only while {@code motcua.payment.sandbox} is on).
 */
package vn.motcua.web.payment;
