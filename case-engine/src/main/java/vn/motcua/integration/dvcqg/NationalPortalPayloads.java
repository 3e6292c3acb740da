package vn.motcua.integration.dvcqg;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierHistoryEntry;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.platform.time.BusinessTime;

/**
 * Builds the bodies the national portal takes (DOMAIN.md §6.2) from our dossier at the moment of the change, so the
 * outbox holds a snapshot and the delivery reads no other table. Dates are {@code yyyyMMddHHmmss} in
 * Asia/Ho_Chi_Minh (empty when not reached yet); {@code TrangThaiHoSo} is the national status code 1–10;
 * {@code KenhThucHien} is 1 counter, 2 online, 3 post; {@code HinhThuc} (how the result is returned) uses the same
 * numbers (1 at the desk, 2 online, 3 by post); {@code LoaiDoiTuong} is 1 (citizen) when the applicant gave a personal
 * ID, 2 (enterprise) for a name that reads as a company, otherwise 1.
 */
public final class NationalPortalPayloads {

    public static final String DOSSIER_SERVICE = "DongBoHoSoMC";
    public static final String PROGRESS_SERVICE = "CapNhatTienDoHoSoMC";
    public static final String LOOKUP_SERVICE = "TraCuuHoSo";

    static final DateTimeFormatter DATE_LOCAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final DateTimeFormatter DATE = DATE_LOCAL.withZone(BusinessTime.ZONE);

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("SUBMITTED", "Nộp hồ sơ"),
            Map.entry("ACCEPTED", "Tiếp nhận hồ sơ"),
            Map.entry("REFUSED", "Từ chối tiếp nhận hồ sơ"),
            Map.entry("PROCESSING_STARTED", "Bắt đầu xử lý hồ sơ"),
            Map.entry("ASSIGNED", "Phân công xử lý hồ sơ"),
            Map.entry("DRAFT_SUBMITTED", "Trình dự thảo kết quả"),
            Map.entry("RETURNED_FOR_REWORK", "Trả lại để xử lý lại"),
            Map.entry("APPROVED", "Phê duyệt kết quả"),
            Map.entry("RESULT_ISSUED", "Ban hành kết quả"),
            Map.entry("RESULT_READY", "Đã có kết quả giải quyết"),
            Map.entry("RESULT_RETURNED", "Trả kết quả"),
            Map.entry("SUPPLEMENT_REQUESTED_AT_INTAKE", "Yêu cầu bổ sung hồ sơ"),
            Map.entry("SUPPLEMENT_REQUESTED", "Yêu cầu bổ sung hồ sơ"),
            Map.entry("SUPPLEMENTED", "Đã bổ sung hồ sơ"),
            Map.entry("WITHDRAWN", "Công dân rút hồ sơ"),
            Map.entry("CLOSED_WITHOUT_SUPPLEMENT", "Dừng xử lý do quá hạn bổ sung"),
            Map.entry("CLOSED_UNPAID", "Dừng xử lý do quá hạn nộp phí, lệ phí"));

    private static final List<String> COMPANY_PREFIXES = List.of("công ty", "doanh nghiệp", "hợp tác xã",
            "chi nhánh", "văn phòng đại diện");

    private NationalPortalPayloads() {
    }

    /** The {@code DongBoHoSoMC} body: the whole dossier as it stands. */
    public static String dossier(Dossier dossier, DossierDocuments documents, boolean isUpdating) {
        return body(DOSSIER_SERVICE, isUpdating, dossierData(dossier, documents));
    }

    /** The {@code CapNhatTienDoHoSoMC} body: the change that just happened. */
    public static String progress(Dossier dossier, DossierHistoryEntry entry, Instant startedAt) {
        Objects.requireNonNull(entry, "history entry is required");
        String text = ACTIONS.getOrDefault(entry.getAction(), entry.getAction());
        if (entry.getNote() != null && !entry.getNote().isBlank()) {
            text = text + ": " + entry.getNote().strip();
        }
        JsonObject data = Json.createObjectBuilder()
                .add("MaHoSo", dossier.getCode().value())
                .add("NguoiXuLy", entry.getActor())
                .add("ChucDanh", "")
                .add("ThoiDiemXuLy", date(entry.getOccurredAt()))
                .add("PhongBanXuLy", dossier.getReceivingUnit().getName())
                .add("NoiDungXuLy", cut(text, 2000))
                .add("TrangThai", entry.getToStatus().nationalCode())
                .add("NgayBatDau", date(startedAt == null ? entry.getOccurredAt() : startedAt))
                .add("NgayKetThucTheoQuyDinh", date(dossier.getDueAt()))
                .build();
        return body(PROGRESS_SERVICE, true, data);
    }

    /**
     * The dossier's code elsewhere: for a dossier filed on the national portal, the portal's own code, kept in the
     * form data by the intake ({@code MaHoSoKhac}); empty otherwise.
     */
    static String otherCode(String formData) {
        if (formData == null || formData.isBlank()) {
            return "";
        }
        try (JsonReader reader = Json.createReader(new StringReader(formData))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject fields && fields.get("MaHoSoKhac") instanceof JsonString code) {
                return cut(code.getString().strip(), 60);
            }
            return "";
        } catch (JsonException e) {
            return "";
        }
    }

    static JsonObject dossierData(Dossier dossier, DossierDocuments documents) {
        Applicant applicant = dossier.getApplicant();
        var version = dossier.getProcedureVersion();
        var procedure = version.getProcedure();
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("MaHoSo", dossier.getCode().value())
                .add("MaTTHC", procedure.getCode())
                .add("TenTTHC", procedure.getName())
                .add("MaLinhVuc", "")
                .add("TenLinhVuc", text(procedure.getField()))
                .add("SoBienNhan", dossier.getCode().value())
                .add("MaHoSoKhac", otherCode(dossier.getFormData()))
                .add("ChuHoSo", applicant.getName())
                .add("LoaiDoiTuong", subjectType(applicant))
                .add("MaDoiTuong", "")
                .add("DinhDanhCHS", identifiers(applicant))
                .add("Email", text(applicant.getEmail()))
                .add("SoDienThoai", text(applicant.getPhone()))
                .add("TrichYeuHoSo", cut(procedure.getName() + " - " + applicant.getName(), 1000))
                .add("NgayNopHoSo", date(dossier.getSubmittedAt()))
                .add("NgayTiepNhan", date(dossier.getReceivedAt()))
                .add("NgayHenTra", date(dossier.getDueAt()))
                .add("NgayYeuCauBoSung", date(lastAt(dossier, "SUPPLEMENT_REQUESTED_AT_INTAKE", "SUPPLEMENT_REQUESTED")))
                .add("NgayTuChoi", date(lastAt(dossier, "REFUSED")))
                .add("NgayKetThucXuLy", date(dossier.getResultReadyAt()))
                .add("NgayTra", date(dossier.getReturnedAt()))
                .add("TrangThaiHoSo", dossier.getStatus().nationalCode())
                .add("KenhThucHien", channelCode(dossier.getChannel()))
                .add("HinhThuc", returnCode(dossier.getReturnMethod() != null ? dossier.getReturnMethod()
                        : dossier.getRequestedReturn()))
                .add("NoiNopHoSo", dossier.getReceivingUnit().getName())
                .add("DonViXuLy", dossier.getReceivingUnit().getCode());
        long total = 0;
        JsonArrayBuilder fees = Json.createArrayBuilder();
        FilingChannel filing = switch (dossier.getChannel()) {
            case ONLINE -> FilingChannel.ONLINE;
            case COUNTER -> FilingChannel.DIRECT;
            case POST -> FilingChannel.POSTAL;
        };
        for (Fee fee : version.getFees()) {
            long amount = fee.amountFor(filing);
            total += amount;
            fees.add(Json.createObjectBuilder()
                    .add("TenPhiLePhi", fee.description())
                    .add("MaPhiLePhi", fee.kind().name())
                    .add("HinhThucThu", documents.paidOnline() ? 2 : 1)
                    .add("Gia", amount)
                    .add("LoaiPhiLePhi", fee.kind() == FeeKind.PHI ? 1 : 2));
        }
        data.add("DanhSachLePhi", fees);
        data.add("DuocThanhToanTrucTuyen", documents.paidOnline() && total > 0 ? 1 : 0);
        JsonArrayBuilder files = Json.createArrayBuilder();
        boolean digitised = false;
        for (DossierDocuments.Component component : documents.components()) {
            digitised |= component.documentId() != null;
            files.add(Json.createObjectBuilder()
                    .add("TepDinhKemId", component.documentId() == null ? "" : component.documentId().toString())
                    .add("TenTepDinhKem", component.name())
                    .add("MaThanhPhanHoSo", String.valueOf(component.position()))
                    .add("DuongDanTaiTepTin", "")
                    .add("IsDeleted", false)
                    .add("DuocTaiSuDung", "REUSED".equalsIgnoreCase(component.provenance()))
                    .add("DuocLayTuKhoDMQG", false));
        }
        data.add("TaiLieuNop", files);
        data.add("HoSoCoThanhPhanSoHoa", digitised ? 1 : 0);
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (DossierDocuments.Result result : documents.results()) {
            results.add(Json.createObjectBuilder()
                    .add("GiayToId", String.valueOf(result.id()))
                    .add("TenGiayTo", result.title())
                    .add("MaThanhPhanHoSo", "")
                    .add("DuongDanTepTinKetQua", "verify:" + result.verificationCode()));
        }
        data.add("DanhSachGiayToKetQua", results);
        data.add("DanhSachHoSoBoSung", Json.createArrayBuilder());
        data.add("DanhSachTepDinhKemKhac", Json.createArrayBuilder());
        return data.build();
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    static int channelCode(Channel channel) {
        return switch (channel) {
            case COUNTER -> 1;
            case ONLINE -> 2;
            case POST -> 3;
        };
    }

    static int returnCode(ReturnMethod method) {
        if (method == null) {
            return 1;
        }
        return switch (method) {
            case AT_DESK -> 1;
            case ONLINE -> 2;
            case BY_POST -> 3;
        };
    }

    static int subjectType(Applicant applicant) {
        if (applicant.getPersonalId() != null) {
            return 1;
        }
        String name = applicant.getName().toLowerCase(java.util.Locale.ROOT);
        return COMPANY_PREFIXES.stream().anyMatch(name::startsWith) ? 2 : 1;
    }

    private static JsonArrayBuilder identifiers(Applicant applicant) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        String id = applicant.getPersonalId();
        if (id != null) {
            ids.add(Json.createObjectBuilder().add("LoaiDinhDanh", id.length() == 12 ? 1 : 2).add("SoDinhDanh", id));
        }
        return ids;
    }

    private static Instant lastAt(Dossier dossier, String... actions) {
        List<DossierHistoryEntry> history = dossier.getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            for (String action : actions) {
                if (action.equals(history.get(i).getAction())) {
                    return history.get(i).getOccurredAt();
                }
            }
        }
        return null;
    }

    private static String body(String service, boolean isUpdating, JsonObject data) {
        return Json.createObjectBuilder().add("service", service).add("isUpdating", isUpdating)
                .add("data", Json.createArrayBuilder().add(data)).build().toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
