package vn.motcua.payment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.payment.application.PaymentGateway;
import vn.motcua.payment.application.PaymentSettings;
import vn.motcua.payment.sandbox.SandboxGateway;

/**
 * {@link PaymentGateway} by the VNPAY 2.1.0 scheme (see {@link Vnpay}): {@code vnp_Command=pay} URLs, verification of
 * the return URL and the IPN, and the querydr API. Without a query URL the sandbox gateway answers querydr in-process,
 * signed the same way.
 */
@ApplicationScoped
public class VnpayGateway implements PaymentGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    PaymentSettings settings;

    @Inject
    SandboxGateway sandbox;

    @Inject
    Clock clock;

    @Override
    public String paymentUrl(Order order, String gatewayBase) {
        Map<String, String> fields = new HashMap<>();
        fields.put("vnp_Version", Vnpay.VERSION);
        fields.put("vnp_Command", "pay");
        fields.put("vnp_TmnCode", settings.tmnCode());
        fields.put("vnp_Amount", Long.toString(Math.multiplyExact(order.amount(), 100L)));
        fields.put("vnp_CurrCode", "VND");
        fields.put("vnp_TxnRef", order.txnRef());
        fields.put("vnp_OrderInfo", order.orderInfo());
        fields.put("vnp_OrderType", "other");
        fields.put("vnp_Locale", "vn");
        fields.put("vnp_ReturnUrl", order.returnUrl());
        fields.put("vnp_IpAddr", order.clientIp() == null ? "127.0.0.1" : order.clientIp());
        fields.put("vnp_CreateDate", Vnpay.date(order.createdAt()));
        fields.put("vnp_ExpireDate", Vnpay.date(order.expiresAt()));
        return gatewayBase + (gatewayBase.contains("?") ? "&" : "?") + Vnpay.signedQuery(fields, settings.hashSecret());
    }

    @Override
    public Optional<Outcome> verify(Map<String, String> fields) {
        if (!Vnpay.verify(fields, settings.hashSecret()) || !settings.tmnCode().equals(fields.get("vnp_TmnCode"))) {
            return Optional.empty();
        }
        try {
            long amount = Long.parseLong(fields.getOrDefault("vnp_Amount", ""));
            String payDate = fields.get("vnp_PayDate");
            return Optional.of(new Outcome(fields.get("vnp_TxnRef"), amount / 100, fields.get("vnp_ResponseCode"),
                    fields.get("vnp_TransactionStatus"), fields.get("vnp_TransactionNo"), fields.get("vnp_BankCode"),
                    payDate == null || payDate.isBlank() ? null : Vnpay.parseDate(payDate)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Outcome> query(String txnRef, Instant transactionDate, String orderInfo) {
        String secret = settings.hashSecret();
        Map<String, String> request = new LinkedHashMap<>();
        request.put("vnp_RequestId", UUID.randomUUID().toString().replace("-", ""));
        request.put("vnp_Version", Vnpay.VERSION);
        request.put("vnp_Command", "querydr");
        request.put("vnp_TmnCode", settings.tmnCode());
        request.put("vnp_TxnRef", txnRef);
        request.put("vnp_OrderInfo", orderInfo);
        request.put("vnp_TransactionDate", Vnpay.date(transactionDate));
        request.put("vnp_CreateDate", Vnpay.date(clock.instant()));
        request.put("vnp_IpAddr", "127.0.0.1");
        request.put(Vnpay.SECURE_HASH, Vnpay.pipeSignature(secret, request.get("vnp_RequestId"),
                request.get("vnp_Version"), request.get("vnp_Command"), request.get("vnp_TmnCode"), txnRef,
                request.get("vnp_TransactionDate"), request.get("vnp_CreateDate"), request.get("vnp_IpAddr"),
                orderInfo));
        var json = Json.createObjectBuilder();
        request.forEach(json::add);
        JsonObject answer = Json.createReader(new StringReader(send(json.build().toString()))).readObject();
        String expected = Vnpay.pipeSignature(secret, text(answer, "vnp_ResponseId"), text(answer, "vnp_Command"),
                text(answer, "vnp_ResponseCode"), text(answer, "vnp_Message"), text(answer, "vnp_TmnCode"),
                text(answer, "vnp_TxnRef"), text(answer, "vnp_Amount"), text(answer, "vnp_BankCode"),
                text(answer, "vnp_PayDate"), text(answer, "vnp_TransactionNo"), text(answer, "vnp_TransactionType"),
                text(answer, "vnp_TransactionStatus"), text(answer, "vnp_OrderInfo"), text(answer, "vnp_PromotionCode"),
                text(answer, "vnp_PromotionAmount"));
        if (!Vnpay.constantTimeEquals(expected, text(answer, Vnpay.SECURE_HASH).toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalStateException("querydr answer for " + txnRef + " is not signed correctly");
        }
        String code = text(answer, "vnp_ResponseCode");
        if ("91".equals(code)) {
            return Optional.empty();
        }
        if (!"00".equals(code)) {
            throw new IllegalStateException("querydr for " + txnRef + " answered " + code + " "
                    + text(answer, "vnp_Message"));
        }
        String payDate = text(answer, "vnp_PayDate");
        return Optional.of(new Outcome(text(answer, "vnp_TxnRef"), Long.parseLong(text(answer, "vnp_Amount")) / 100,
                "00", text(answer, "vnp_TransactionStatus"), text(answer, "vnp_TransactionNo"),
                text(answer, "vnp_BankCode"), payDate.isBlank() ? null : Vnpay.parseDate(payDate)));
    }

    private String send(String body) {
        if (settings.queryUrl().isBlank()) {
            if (!settings.sandbox()) {
                throw new IllegalStateException("motcua.payment.query-url (MOTCUA_PAYMENT_QUERY_URL) is not set");
            }
            return sandbox.querydr(body);
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(settings.queryUrl()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("querydr answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("querydr failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("querydr interrupted", e);
        }
    }

    private static String text(JsonObject json, String name) {
        if (!json.containsKey(name) || json.isNull(name)) {
            return "";
        }
        return json.get(name) instanceof jakarta.json.JsonString s ? s.getString() : json.get(name).toString();
    }
}
