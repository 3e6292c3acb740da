package vn.motcua.integration.intake;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.motcua.dossier.application.FilingRefusedException;

/**
 * A dossier as the national public-service portal (DVCQG) sends it, read from its JSON with the portal's own field
 * names: {@code MaHoSo} (the national code), {@code MaTTHC} (our procedure's code), {@code DonViXuLy} (the receiving
 * unit's electronic agency code; {@code NoiNopHoSo} when absent), {@code ChuHoSo}, {@code LoaiDoiTuong},
 * {@code DinhDanhCHS[{LoaiDinhDanh, SoDinhDanh}]}, {@code SoDienThoai}, {@code Email}, {@code TrichYeuHoSo},
 * {@code NgayNopHoSo} ({@code yyyyMMddHHmmss}, Asia/Ho_Chi_Minh) and {@code TaiLieuNop[{TenTepDinhKem,
 * DuongDanTaiTepTin}]}.
 */
public record NationalDossier(String nationalCode, String procedureCode, String receivingUnitCode,
                              String applicantName, int applicantType, String personalId, String phone, String email,
                              String summary, LocalDateTime filedAt, List<Attachment> attachments) {

    static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

    /** A file the applicant attached on the portal, by name and where the portal keeps it. */
    public record Attachment(String name, String url) {
    }

    public NationalDossier {
        attachments = List.copyOf(attachments);
    }

    /**
     * Reads a dossier from the portal's JSON.
     *
     * @throws FilingRefusedException naming each field (by the portal's name) that is missing or wrong
     */
    public static NationalDossier fromJson(JsonValue value) {
        if (!(value instanceof JsonObject json)) {
            throw new FilingRefusedException(Map.of("body", "Nội dung phải là một đối tượng JSON hồ sơ của Cổng "
                    + "Dịch vụ công quốc gia (MaHoSo, MaTTHC, DonViXuLy, ChuHoSo...)"));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String code = text(json, "MaHoSo", problems);
        if (code == null) {
            problems.put("MaHoSo", "Thiếu mã hồ sơ trên Cổng Dịch vụ công quốc gia (MaHoSo)");
        } else if (!CODE.matcher(code).matches()) {
            problems.put("MaHoSo", "Mã hồ sơ (MaHoSo) gồm tối đa 60 chữ cái, chữ số, dấu chấm, gạch ngang hoặc "
                    + "gạch dưới");
        }
        String procedure = text(json, "MaTTHC", problems);
        if (procedure == null) {
            problems.putIfAbsent("MaTTHC", "Thiếu mã thủ tục hành chính (MaTTHC)");
        }
        String unit = text(json, "DonViXuLy", problems);
        if (unit == null) {
            unit = text(json, "NoiNopHoSo", problems);
        }
        if (unit == null) {
            problems.putIfAbsent("DonViXuLy", "Thiếu mã định danh cơ quan tiếp nhận hồ sơ (DonViXuLy)");
        }
        String applicant = text(json, "ChuHoSo", problems);
        if (applicant == null) {
            problems.putIfAbsent("ChuHoSo", "Thiếu họ tên chủ hồ sơ (ChuHoSo)");
        }
        int type = 1;
        JsonValue kind = json.get("LoaiDoiTuong");
        if (kind != null && kind != JsonValue.NULL) {
            Integer parsed = number(kind);
            if (parsed == null || parsed < 1 || parsed > 4) {
                problems.put("LoaiDoiTuong", "Loại đối tượng (LoaiDoiTuong) là 1 (công dân), 2 (doanh nghiệp), "
                        + "3 (cơ quan nhà nước) hoặc 4 (tổ chức khác)");
            } else {
                type = parsed;
            }
        }
        String personalId = personalId(json, problems);
        String phone = text(json, "SoDienThoai", problems);
        String email = text(json, "Email", problems);
        String summary = text(json, "TrichYeuHoSo", problems);
        if (summary != null && summary.length() > 1000) {
            problems.put("TrichYeuHoSo", "Trích yếu hồ sơ (TrichYeuHoSo) tối đa 1000 ký tự");
        }
        LocalDateTime filedAt = null;
        String filed = text(json, "NgayNopHoSo", problems);
        if (filed != null) {
            try {
                filedAt = LocalDateTime.parse(filed, PORTAL_TIME);
            } catch (DateTimeParseException e) {
                problems.put("NgayNopHoSo", "Ngày nộp hồ sơ (NgayNopHoSo) theo dạng yyyyMMddHHmmss, ví dụ "
                        + "20261121083000");
            }
        }
        List<Attachment> attachments = attachments(json, problems);
        if (!problems.isEmpty()) {
            throw new FilingRefusedException(problems);
        }
        return new NationalDossier(code, procedure, unit, applicant, type, personalId, phone, email, summary,
                filedAt, attachments);
    }

    private static String personalId(JsonObject json, Map<String, String> problems) {
        JsonValue ids = json.get("DinhDanhCHS");
        if (ids == null || ids == JsonValue.NULL) {
            return null;
        }
        if (!(ids instanceof JsonArray array)) {
            problems.put("DinhDanhCHS", "DinhDanhCHS là một danh sách [{LoaiDinhDanh, SoDinhDanh}]");
            return null;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject id) || !(id.get("SoDinhDanh") instanceof JsonString number)) {
                problems.put("DinhDanhCHS[" + i + "].SoDinhDanh", "Thiếu số định danh (SoDinhDanh)");
                return null;
            }
            return number.getString().strip();
        }
        return null;
    }

    private static List<Attachment> attachments(JsonObject json, Map<String, String> problems) {
        JsonValue files = json.get("TaiLieuNop");
        List<Attachment> attachments = new ArrayList<>();
        if (files == null || files == JsonValue.NULL) {
            return attachments;
        }
        if (!(files instanceof JsonArray array)) {
            problems.put("TaiLieuNop", "TaiLieuNop là một danh sách [{TenTepDinhKem, DuongDanTaiTepTin}]");
            return attachments;
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject file) || !(file.get("TenTepDinhKem") instanceof JsonString name)
                    || name.getString().isBlank()) {
                problems.put("TaiLieuNop[" + i + "].TenTepDinhKem", "Thiếu tên tệp đính kèm (TenTepDinhKem)");
                continue;
            }
            String url = file.get("DuongDanTaiTepTin") instanceof JsonString u ? u.getString().strip() : null;
            attachments.add(new Attachment(name.getString().strip(), url));
        }
        return attachments;
    }

    private static String text(JsonObject json, String field, Map<String, String> problems) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString().strip();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        problems.put(field, "Trường " + field + " phải là chuỗi ký tự");
        return null;
    }

    private static Integer number(JsonValue value) {
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.intValue();
        }
        if (value instanceof JsonString s && s.getString().strip().matches("\\d{1,2}")) {
            return Integer.parseInt(s.getString().strip());
        }
        return null;
    }
}
