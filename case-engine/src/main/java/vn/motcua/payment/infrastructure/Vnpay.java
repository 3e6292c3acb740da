package vn.motcua.payment.infrastructure;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The VNPAY 2.1.0 signing scheme, as published in VNPAY's merchant integration guide: the {@code vnp_} fields sorted
 * by name, each name and value URL-encoded (US-ASCII, space as {@code +}) and joined as a query string, signed with
 * HMAC-SHA512 under the merchant's hash secret, in lower-case hex as {@code vnp_SecureHash}. The querydr API signs
 * its fields joined by {@code |} in a fixed order instead. Dates are {@code yyyyMMddHHmmss} in GMT+7.
 */
public final class Vnpay {

    public static final String VERSION = "2.1.0";
    public static final String SECURE_HASH = "vnp_SecureHash";
    public static final String SECURE_HASH_TYPE = "vnp_SecureHashType";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneId GMT7 = ZoneId.of("Asia/Ho_Chi_Minh");

    private Vnpay() {
    }

    /** HMAC-SHA512 of {@code data} under {@code secret}, lower-case hex. */
    public static String hmacSha512(String secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA512 is not available", e);
        }
    }

    /**
     * The signed data of a payment URL, return URL or IPN: every non-empty {@code vnp_} field except the hash and its
     * type, sorted by name, encoded and joined as a query string.
     */
    public static String hashData(Map<String, String> fields) {
        return new TreeMap<>(fields).entrySet().stream()
                .filter(e -> e.getKey().startsWith("vnp_") && !e.getKey().equals(SECURE_HASH)
                        && !e.getKey().equals(SECURE_HASH_TYPE))
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The fields as a signed query string: the encoded fields and {@code vnp_SecureHash}. */
    public static String signedQuery(Map<String, String> fields, String secret) {
        String data = hashData(fields);
        return data + "&" + SECURE_HASH + "=" + hmacSha512(secret, data);
    }

    /** Whether the fields carry a correct {@code vnp_SecureHash} (compared in constant time). */
    public static boolean verify(Map<String, String> fields, String secret) {
        String given = fields.get(SECURE_HASH);
        if (given == null || given.isBlank()) {
            return false;
        }
        return constantTimeEquals(hmacSha512(secret, hashData(fields)), given.toLowerCase(java.util.Locale.ROOT));
    }

    /** The querydr signature: the values joined by {@code |} in the published order. */
    public static String pipeSignature(String secret, String... values) {
        return hmacSha512(secret, String.join("|", java.util.Arrays.stream(values)
                .map(v -> v == null ? "" : v).toArray(String[]::new)));
    }

    public static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    public static String date(Instant at) {
        return DATE.format(LocalDateTime.ofInstant(at, GMT7));
    }

    public static Instant parseDate(String text) {
        return LocalDateTime.parse(text, DATE).atZone(GMT7).toInstant();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.US_ASCII);
    }
}
