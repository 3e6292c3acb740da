/**
 * A sandbox payment gateway for the demo and the tests ({@code motcua.payment.sandbox=true}): it checks the signed
 * VNPAY payment request like the real gateway, records the transaction with the answer a tester chose (pay, cancel,
 * and whether its notification is lost), signs the return and notification fields, and answers querydr from its own
 * table. Its pages live in portal-web under {@code /sandbox/gateway/}.
 */
package vn.motcua.payment.sandbox;
