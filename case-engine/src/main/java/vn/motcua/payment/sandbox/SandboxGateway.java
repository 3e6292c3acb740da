package vn.motcua.payment.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.payment.application.PaymentSettings;
import vn.motcua.payment.infrastructure.Vnpay;

/** The sandbox gateway's rules; see the package description. */
@ApplicationScoped
public class SandboxGateway {

    private static final Logger LOG = Logger.getLogger(SandboxGateway.class.getName());
    /** The sandbox's pretend bank. */
    public static final String BANK = "NCB";
    /** VNPAY's code for a transaction the customer cancelled. */
    public static final String CANCELLED = "24";

    @Inject
    EntityManager em;

    @Inject
    PaymentSettings settings;

    @Inject
    Clock clock;

    /** A verified payment request as the sandbox's page shows it; amount in VND. */
    public record Order(String txnRef, long amount, String orderInfo, String returnUrl, Instant expiresAt) {
    }

    /**
     * What the browser and the merchant's server are told: the return address with its signed fields, the same
     * signed fields for the IPN, and whether the IPN is to be dropped.
     */
    public record Completion(String returnUrl, String signedFields, boolean ipnDropped, boolean paid) {
    }

    /** The order in a signed payment request, or empty when the request is not a correctly signed pay command. */
    public Optional<Order> order(Map<String, String> fields) {
        if (!settings.sandbox() || !Vnpay.verify(fields, settings.hashSecret())
                || !"pay".equals(fields.get("vnp_Command")) || !settings.tmnCode().equals(fields.get("vnp_TmnCode"))
                || !"VND".equals(fields.get("vnp_CurrCode"))) {
            return Optional.empty();
        }
        try {
            long amount = Long.parseLong(fields.get("vnp_Amount"));
            String returnUrl = fields.get("vnp_ReturnUrl");
            if (amount <= 0 || amount % 100 != 0 || returnUrl == null || fields.get("vnp_TxnRef") == null) {
                return Optional.empty();
            }
            return Optional.of(new Order(fields.get("vnp_TxnRef"), amount / 100, fields.get("vnp_OrderInfo"),
                    returnUrl, Vnpay.parseDate(fields.get("vnp_ExpireDate"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The tester paid ({@code pay}) or cancelled the signed request; a transaction already completed keeps its first
     * answer.
     *
     * @throws IllegalArgumentException when the request is not correctly signed
     */
    @Transactional
    public Completion complete(Map<String, String> fields, boolean pay, boolean dropIpn) {
        Order order = order(fields).orElseThrow(() -> new IllegalArgumentException("Yêu cầu thanh toán không hợp lệ"));
        SandboxPayment payment = find(order.txnRef()).orElseGet(() -> {
            Instant now = clock.instant();
            long sequence = ((Number) em.createQuery("select count(p) from SandboxPayment p").getSingleResult())
                    .longValue() + 1;
            SandboxPayment created = new SandboxPayment(settings.tmnCode(), order.txnRef(), order.amount() * 100,
                    order.orderInfo() == null ? "" : order.orderInfo(), fields.getOrDefault("vnp_CreateDate", ""),
                    String.format("%08d", 14000000 + sequence), pay ? "00" : CANCELLED, BANK, Vnpay.date(now),
                    dropIpn, now);
            em.persist(created);
            em.flush();
            return created;
        });
        LOG.info(() -> "sandbox gateway: transaction " + order.txnRef() + " answered " + payment.getResponseCode()
                + (payment.isIpnDropped() ? ", IPN dropped" : ""));
        String signed = Vnpay.signedQuery(resultFields(payment), settings.hashSecret());
        String returnUrl = order.returnUrl() + (order.returnUrl().contains("?") ? "&" : "?") + signed;
        return new Completion(returnUrl, signed, payment.isIpnDropped(), "00".equals(payment.getResponseCode()));
    }

    /** Answers a querydr request (JSON) from the sandbox's table, signed as VNPAY signs it. */
    @Transactional
    public String querydr(String requestJson) {
        JsonObject request = Json.createReader(new StringReader(requestJson)).readObject();
        String secret = settings.hashSecret();
        String expected = Vnpay.pipeSignature(secret, s(request, "vnp_RequestId"), s(request, "vnp_Version"),
                s(request, "vnp_Command"), s(request, "vnp_TmnCode"), s(request, "vnp_TxnRef"),
                s(request, "vnp_TransactionDate"), s(request, "vnp_CreateDate"), s(request, "vnp_IpAddr"),
                s(request, "vnp_OrderInfo"));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("vnp_ResponseId", Long.toHexString(clock.millis()));
        answer.put("vnp_Command", "querydr");
        answer.put("vnp_TmnCode", settings.tmnCode());
        answer.put("vnp_TxnRef", s(request, "vnp_TxnRef"));
        boolean signedCorrectly = Vnpay.constantTimeEquals(expected,
                s(request, Vnpay.SECURE_HASH).toLowerCase(java.util.Locale.ROOT))
                && "querydr".equals(s(request, "vnp_Command"));
        Optional<SandboxPayment> found = signedCorrectly ? find(s(request, "vnp_TxnRef")) : Optional.empty();
        if (!signedCorrectly) {
            answer.put("vnp_ResponseCode", "97");
            answer.put("vnp_Message", "Invalid Checksum");
        } else if (found.isEmpty()) {
            answer.put("vnp_ResponseCode", "91");
            answer.put("vnp_Message", "Transaction not found");
        } else {
            SandboxPayment p = found.get();
            answer.put("vnp_ResponseCode", "00");
            answer.put("vnp_Message", "QueryDR Success");
            answer.put("vnp_Amount", Long.toString(p.getAmount()));
            answer.put("vnp_BankCode", p.getBankCode());
            answer.put("vnp_PayDate", p.getPayDate());
            answer.put("vnp_TransactionNo", p.getTransactionNo());
            answer.put("vnp_TransactionType", "01");
            answer.put("vnp_TransactionStatus", "00".equals(p.getResponseCode()) ? "00" : "02");
            answer.put("vnp_OrderInfo", p.getOrderInfo());
        }
        answer.put(Vnpay.SECURE_HASH, Vnpay.pipeSignature(secret, answer.get("vnp_ResponseId"),
                answer.get("vnp_Command"), answer.get("vnp_ResponseCode"), answer.get("vnp_Message"),
                answer.get("vnp_TmnCode"), answer.get("vnp_TxnRef"), answer.get("vnp_Amount"),
                answer.get("vnp_BankCode"), answer.get("vnp_PayDate"), answer.get("vnp_TransactionNo"),
                answer.get("vnp_TransactionType"), answer.get("vnp_TransactionStatus"), answer.get("vnp_OrderInfo"),
                answer.get("vnp_PromotionCode"), answer.get("vnp_PromotionAmount")));
        JsonObjectBuilder json = Json.createObjectBuilder();
        answer.forEach(json::add);
        return json.build().toString();
    }

    private Map<String, String> resultFields(SandboxPayment p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_Amount", Long.toString(p.getAmount()));
        fields.put("vnp_BankCode", p.getBankCode());
        fields.put("vnp_BankTranNo", "VNP" + p.getTransactionNo());
        fields.put("vnp_CardType", "ATM");
        fields.put("vnp_OrderInfo", p.getOrderInfo());
        fields.put("vnp_PayDate", p.getPayDate());
        fields.put("vnp_ResponseCode", p.getResponseCode());
        fields.put("vnp_TmnCode", p.getTmnCode());
        fields.put("vnp_TransactionNo", p.getTransactionNo());
        fields.put("vnp_TransactionStatus", "00".equals(p.getResponseCode()) ? "00" : "02");
        fields.put("vnp_TxnRef", p.getTxnRef());
        return fields;
    }

    private Optional<SandboxPayment> find(String txnRef) {
        return em.createQuery("select p from SandboxPayment p where p.tmnCode = :tmn and p.txnRef = :ref",
                        SandboxPayment.class)
                .setParameter("tmn", settings.tmnCode())
                .setParameter("ref", txnRef)
                .getResultStream().findFirst();
    }

    private static String s(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) && json.get(name) instanceof jakarta.json.JsonString t
                ? t.getString() : "";
    }
}
