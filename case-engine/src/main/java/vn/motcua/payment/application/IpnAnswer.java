package vn.motcua.payment.application;

/** The answer to the gateway's notification, as VNPAY expects it: {@code {"RspCode":"00","Message":"Confirm Success"}}. */
public record IpnAnswer(String rspCode, String message) {

    public static final IpnAnswer CONFIRMED = new IpnAnswer("00", "Confirm Success");
    public static final IpnAnswer ORDER_NOT_FOUND = new IpnAnswer("01", "Order not found");
    public static final IpnAnswer ALREADY_CONFIRMED = new IpnAnswer("02", "Order already confirmed");
    public static final IpnAnswer INVALID_AMOUNT = new IpnAnswer("04", "invalid amount");
    public static final IpnAnswer INVALID_SIGNATURE = new IpnAnswer("97", "Invalid signature");
    public static final IpnAnswer OTHER = new IpnAnswer("99", "Unknow error");
}
