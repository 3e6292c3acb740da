package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.testing.FixturePlumbing.wire;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.rendering.VietnameseAmounts;
import vn.motcua.payment.application.PaymentGateway;
import vn.motcua.payment.application.PaymentSettings;
import vn.motcua.payment.infrastructure.Vnpay;
import vn.motcua.payment.infrastructure.VnpayGateway;

/**
 * The VNPAY 2.1.0 scheme against signatures computed independently of this code, with
 * {@code printf '%s' "$data" | openssl dgst -sha512 -hmac "$secret"}: the payment URL, the querydr request, and the
 * verification of what comes back (a tampered field or a missing hash is refused).
 */
class VnpaySchemeTest {

    private static final String SECRET = "MOTCUASANDBOXSECRETKEY0123456789";
    /** The sorted, URL-encoded fields of the payment URL below. */
    private static final String PAY_DATA = "vnp_Amount=700000&vnp_Command=pay&vnp_CreateDate=20260302080000"
            + "&vnp_CurrCode=VND&vnp_ExpireDate=20260302081500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn"
            + "&vnp_OrderInfo=Thanh+toan+phi%2C+le+phi+ho+so+000.30.01.H29-260302-0001&vnp_OrderType=other"
            + "&vnp_ReturnUrl=http%3A%2F%2Flocalhost%3A8080%2Fcitizen%2Fpayment-return.xhtml&vnp_TmnCode=MOTCUA01"
            + "&vnp_TxnRef=MC1T1&vnp_Version=2.1.0";
    /** openssl dgst -sha512 -hmac MOTCUASANDBOXSECRETKEY0123456789 of PAY_DATA. */
    private static final String PAY_HASH = "378b826b742fdb760411d8b5dd7b4daa7a302cc26438b089ffd5146362a6b1a5"
            + "fd99f281c32e3fbee0de3bf7d6b8c656f23e52987f6a6eab8511770268fed2e0";
    /** openssl dgst -sha512 -hmac … of "r1|2.1.0|querydr|MOTCUA01|MC1T1|20260302080000|20260302090000|127.0.0.1|Thanh toan". */
    private static final String QUERY_HASH = "48365f60e96c5d5914433bfc4da28149bb03b0d2bc30c5d66b1507e132ea5477"
            + "9653d79b3176b3645cfb57ae8a878122b0f9c3e36665f9c536e1dd86b72906a5";

    private static Instant vietnam(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    private static VnpayGateway gateway() {
        PaymentSettings settings = new PaymentSettings();
        wire(settings, "sandbox", Optional.of(true), "demo", false, "gatewayUrl", Optional.empty(),
                "tmnCode", Optional.empty(), "hashSecret", Optional.empty(), "returnUrl", Optional.empty(),
                "queryUrl", Optional.empty(), "transactionExpiry", "PT15M", "requestExpiry", "P5D",
                "reconcileAfter", "PT10M");
        VnpayGateway gateway = new VnpayGateway();
        wire(gateway, "settings", settings, "clock", Clock.systemUTC());
        return gateway;
    }

    @Test
    void thePaymentUrlCarriesTheSortedEncodedFieldsAndTheirHmacSha512() {
        String url = gateway().paymentUrl(new PaymentGateway.Order("MC1T1", 7000,
                        "Thanh toan phi, le phi ho so 000.30.01.H29-260302-0001", "127.0.0.1",
                        vietnam("2026-03-02T08:00:00"), vietnam("2026-03-02T08:15:00"),
                        "http://localhost:8080/citizen/payment-return.xhtml"),
                "http://localhost:8080/sandbox/gateway/pay.xhtml");

        assertThat(url).isEqualTo("http://localhost:8080/sandbox/gateway/pay.xhtml?" + PAY_DATA
                + "&vnp_SecureHash=" + PAY_HASH);
    }

    @Test
    void theQuerydrSignatureJoinsTheFieldsWithBarsInThePublishedOrder() {
        assertThat(Vnpay.pipeSignature(SECRET, "r1", "2.1.0", "querydr", "MOTCUA01", "MC1T1", "20260302080000",
                "20260302090000", "127.0.0.1", "Thanh toan")).isEqualTo(QUERY_HASH);
    }

    @Test
    void aCorrectlySignedReturnIsReadAndATamperedOneRefused() {
        Map<String, String> fields = returnFields();
        fields.put("vnp_SecureHash", Vnpay.hmacSha512(SECRET, Vnpay.hashData(fields)));
        fields.put("vnp_SecureHashType", "HmacSHA512");

        Optional<PaymentGateway.Outcome> read = gateway().verify(fields);
        assertThat(read).hasValueSatisfying(o -> {
            assertThat(o.txnRef()).isEqualTo("MC1T1");
            assertThat(o.amount()).isEqualTo(7000);
            assertThat(o.paid()).isTrue();
            assertThat(o.transactionNo()).isEqualTo("14000001");
            assertThat(o.payDate()).isEqualTo(vietnam("2026-03-02T08:05:00"));
        });

        Map<String, String> tampered = new HashMap<>(fields);
        tampered.put("vnp_Amount", "100");
        assertThat(gateway().verify(tampered)).isEmpty();

        Map<String, String> unsigned = new HashMap<>(fields);
        unsigned.remove("vnp_SecureHash");
        assertThat(gateway().verify(unsigned)).isEmpty();

        Map<String, String> otherMerchant = returnFields();
        otherMerchant.put("vnp_TmnCode", "OTHER01");
        otherMerchant.put("vnp_SecureHash", Vnpay.hmacSha512(SECRET, Vnpay.hashData(otherMerchant)));
        assertThat(gateway().verify(otherMerchant)).isEmpty();
    }

    @Test
    void aFailedPaymentIsReadAsNotPaid() {
        Map<String, String> fields = returnFields();
        fields.put("vnp_ResponseCode", "24");
        fields.put("vnp_TransactionStatus", "02");
        fields.put("vnp_SecureHash", Vnpay.hmacSha512(SECRET, Vnpay.hashData(fields)));

        assertThat(gateway().verify(fields)).hasValueSatisfying(o -> assertThat(o.paid()).isFalse());
    }

    @Test
    void amountsAreWrittenInVietnameseWords() {
        assertThat(VietnameseAmounts.inWords(7000)).isEqualTo("Bảy nghìn đồng");
        assertThat(VietnameseAmounts.inWords(15000)).isEqualTo("Mười lăm nghìn đồng");
        assertThat(VietnameseAmounts.inWords(21000)).isEqualTo("Hai mươi mốt nghìn đồng");
        assertThat(VietnameseAmounts.inWords(1_205_000)).isEqualTo("Một triệu hai trăm linh năm nghìn đồng");
        assertThat(VietnameseAmounts.inWords(1_005_000)).isEqualTo("Một triệu không trăm linh năm nghìn đồng");
        assertThat(VietnameseAmounts.inWords(200_000)).isEqualTo("Hai trăm nghìn đồng");
    }

    private static Map<String, String> returnFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_Amount", "700000");
        fields.put("vnp_BankCode", "NCB");
        fields.put("vnp_OrderInfo", "Thanh toan phi, le phi ho so 000.30.01.H29-260302-0001");
        fields.put("vnp_PayDate", "20260302080500");
        fields.put("vnp_ResponseCode", "00");
        fields.put("vnp_TmnCode", "MOTCUA01");
        fields.put("vnp_TransactionNo", "14000001");
        fields.put("vnp_TransactionStatus", "00");
        fields.put("vnp_TxnRef", "MC1T1");
        return fields;
    }
}
