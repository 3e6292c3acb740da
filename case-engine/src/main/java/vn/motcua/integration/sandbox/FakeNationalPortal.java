package vn.motcua.integration.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The fake national portal's behaviour, independent of how it is served (JDK HTTP server in tests, a JAX-RS
 * resource in the demo). {@link #login} checks the account and the {@code dstcode} header and opens a session;
 * {@link #service} takes {@code DongBoHoSoMC} and {@code CapNhatTienDoHoSoMC} posts (validated like the real portal:
 * 400 with {@code error_code} −1 for a missing dossier code or an unknown status or channel) and answers
 * {@code TraCuuHoSo} from the dossiers it holds. Thread-safe.
 */
public final class FakeNationalPortal {

    /** An answer: the HTTP status, the JSON body and how long to wait before sending it. */
    public record Reply(int status, String body, long delayMillis) {
    }

    /**
     * One service post as it reached the portal.
     *
     * @param fault {@code null}, or what the fault model did: {@code UNAVAILABLE} (503, not recorded),
     *              {@code ACCEPTED_THEN_TIMEOUT}, {@code SLOW}, {@code REPLAYED}
     */
    public record Attempt(long number, String service, String idempotencyKey, String dossierCode, int status,
                          String fault) {
    }

    /** A message the portal took, once per idempotency key. */
    public record Delivery(String idempotencyKey, String service, String dossierCode, int status, String data) {
    }

    private final String username;
    private final String password;
    private FaultModel faults;
    private SplittableRandom random;
    private final Map<String, Integer> sessions = new HashMap<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final Map<String, Delivery> delivered = new LinkedHashMap<>();
    private final Map<String, List<String>> keysByDossier = new LinkedHashMap<>();
    private final Map<String, JsonObject> held = new LinkedHashMap<>();
    private int logins;
    private int duplicates;

    public FakeNationalPortal(String username, String password, FaultModel faults) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.password = Objects.requireNonNull(password, "password is required");
        use(faults);
    }

    /** Changes the faults (and restarts their random sequence from the model's seed). */
    public synchronized void use(FaultModel faults) {
        this.faults = Objects.requireNonNull(faults, "fault model is required");
        this.random = new SplittableRandom(faults.seed());
    }

    public synchronized Reply login(String dstcode, String body) {
        JsonObject request = parse(body);
        if (dstcode == null || dstcode.isBlank()) {
            return error(400, "Thiếu mã đơn vị (dstcode)");
        }
        if (request == null || !username.equals(request.getString("username", null))
                || !password.equals(request.getString("password", null))) {
            return error(401, "Sai tên đăng nhập hoặc mật khẩu");
        }
        String session = UUID.randomUUID().toString();
        sessions.put(session, 0);
        logins++;
        return new Reply(200, Json.createObjectBuilder().add("error_code", "0").add("session", session).build()
                .toString(), 0);
    }

    public synchronized Reply service(String session, String idempotencyKey, String body) {
        Integer uses = session == null ? null : sessions.get(session);
        if (uses == null) {
            return error(401, "Phiên làm việc không hợp lệ hoặc đã hết hạn");
        }
        if (faults.sessionUses() > 0 && uses >= faults.sessionUses()) {
            sessions.remove(session);
            return error(401, "Phiên làm việc không hợp lệ hoặc đã hết hạn");
        }
        sessions.put(session, uses + 1);
        JsonObject request = parse(body);
        if (request == null || !(request.get("data") instanceof JsonArray data) || data.isEmpty()
                || !(data.get(0) instanceof JsonObject item)) {
            return error(400, "Dữ liệu không đúng định dạng {service, isUpdating, data[]}");
        }
        String service = request.getString("service", "");
        if ("TraCuuHoSo".equals(service)) {
            return lookup(item);
        }
        if (!"DongBoHoSoMC".equals(service) && !"CapNhatTienDoHoSoMC".equals(service)) {
            return error(400, "Dịch vụ không được hỗ trợ: " + service);
        }
        String code = item.getString("MaHoSo", "");
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? "body:" + body.hashCode() : idempotencyKey;
        String invalid = validate(service, item);
        if (invalid != null) {
            attempts.add(new Attempt(attempts.size() + 1, service, key, code, 400, "INVALID"));
            return error(400, invalid);
        }
        int status = intOf(item, "DongBoHoSoMC".equals(service) ? "TrangThaiHoSo" : "TrangThai");
        if (random.nextDouble() < faults.failureRate()) {
            if (random.nextDouble() < faults.acceptedShare()) {
                attempts.add(new Attempt(attempts.size() + 1, service, key, code, 200, "ACCEPTED_THEN_TIMEOUT"));
                accept(key, service, code, status, item);
                return new Reply(200, ok(), faults.acceptedDelay().toMillis());
            }
            attempts.add(new Attempt(attempts.size() + 1, service, key, code, 503, "UNAVAILABLE"));
            return error(503, "Hệ thống đang bận, vui lòng thử lại sau");
        }
        long delay = 0;
        String fault = null;
        if (random.nextDouble() < faults.slowRate()) {
            delay = faults.slowDelay().toMillis();
            fault = "SLOW";
        }
        attempts.add(new Attempt(attempts.size() + 1, service, key, code, 200, fault));
        accept(key, service, code, status, item);
        if (random.nextDouble() < faults.duplicateRate()) {
            attempts.add(new Attempt(attempts.size() + 1, service, key, code, 200, "REPLAYED"));
            accept(key, service, code, status, item);
        }
        return new Reply(200, ok(), delay);
    }

    private void accept(String key, String service, String code, int status, JsonObject item) {
        if (delivered.containsKey(key)) {
            duplicates++;
            return;
        }
        delivered.put(key, new Delivery(key, service, code, status, item.toString()));
        keysByDossier.computeIfAbsent(code, c -> new ArrayList<>()).add(key);
        if ("DongBoHoSoMC".equals(service)) {
            held.put(code, item);
        }
    }

    private Reply lookup(JsonObject item) {
        String from = item.getString("TuNgay", "");
        String to = item.getString("DenNgay", "99999999999999");
        JsonArrayBuilder found = Json.createArrayBuilder();
        for (JsonObject dossier : held.values()) {
            String filed = dossier.getString("NgayNopHoSo", "");
            if (filed.compareTo(from) >= 0 && filed.compareTo(to) <= 0) {
                found.add(Json.createObjectBuilder().add("MaHoSo", dossier.getString("MaHoSo"))
                        .add("TrangThaiHoSo", dossier.getInt("TrangThaiHoSo"))
                        .add("NgayNopHoSo", filed));
            }
        }
        return new Reply(200, Json.createObjectBuilder().add("error_code", "0").add("result", found).build()
                .toString(), 0);
    }

    private static String validate(String service, JsonObject item) {
        if (item.getString("MaHoSo", "").isBlank()) {
            return "Thiếu mã hồ sơ (MaHoSo)";
        }
        if ("DongBoHoSoMC".equals(service)) {
            int status = intOf(item, "TrangThaiHoSo");
            if (status < 1 || status > 10) {
                return "Trạng thái hồ sơ (TrangThaiHoSo) không hợp lệ";
            }
            int channel = intOf(item, "KenhThucHien");
            if (channel < 1 || channel > 3) {
                return "Kênh thực hiện (KenhThucHien) không hợp lệ";
            }
            if (!item.getString("NgayNopHoSo", "").matches("\\d{14}")) {
                return "Ngày nộp hồ sơ (NgayNopHoSo) phải có dạng yyyyMMddHHmmss";
            }
        } else {
            int status = intOf(item, "TrangThai");
            if (status < 1 || status > 10) {
                return "Trạng thái (TrangThai) không hợp lệ";
            }
        }
        return null;
    }

    private static int intOf(JsonObject item, String name) {
        JsonValue value = item.get(name);
        return value instanceof JsonNumber number ? number.intValue() : -1;
    }

    /** Ends every session (the next post gets 401 and the client logs in again). */
    public synchronized void expireSessions() {
        sessions.clear();
    }

    /** Every service post that reached the portal, in arrival order. */
    public synchronized List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The messages taken, once per idempotency key, in the order first taken. */
    public synchronized List<Delivery> delivered() {
        return List.copyOf(delivered.values());
    }

    /** Per dossier, the idempotency keys taken, in the order first taken. */
    public synchronized Map<String, List<String>> keysByDossier() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        keysByDossier.forEach((code, keys) -> copy.put(code, List.copyOf(keys)));
        return copy;
    }

    /** The latest dossier snapshot the portal holds. */
    public synchronized Optional<JsonObject> dossier(String code) {
        return Optional.ofNullable(held.get(code));
    }

    /** Forgets a dossier's snapshot, as if the portal had lost it (for reconciliation tests). */
    public synchronized void forget(String code) {
        held.remove(code);
    }

    public synchronized int logins() {
        return logins;
    }

    /** How many times a message already taken was taken again (repeats after time-outs, replays). */
    public synchronized int duplicates() {
        return duplicates;
    }

    private static String ok() {
        return Json.createObjectBuilder().add("error_code", "0").add("message", "Thành công").build().toString();
    }

    private static Reply error(int status, String message) {
        return new Reply(status, Json.createObjectBuilder().add("error_code", status == 400 ? "-1"
                : String.valueOf(status)).add("message", message).build().toString(), 0);
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }
}
