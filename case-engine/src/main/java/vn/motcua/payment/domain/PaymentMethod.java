package vn.motcua.payment.domain;

/** How the fees are paid: online through the gateway, cash at the desk, bank transfer. */
public enum PaymentMethod {
    ONLINE, CASH, TRANSFER
}
