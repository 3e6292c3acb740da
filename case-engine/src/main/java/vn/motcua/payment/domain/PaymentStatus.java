package vn.motcua.payment.domain;

/** Chờ thanh toán → Đã thanh toán / Chưa thanh toán (expired) / Đã hoàn phí. */
public enum PaymentStatus {
    AWAITING, PAID, UNPAID, REFUNDED
}
