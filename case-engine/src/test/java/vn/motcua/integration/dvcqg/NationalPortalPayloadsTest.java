package vn.motcua.integration.dvcqg;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.Dossier;

/** The national portal's bodies carry our dossier with its dates in Vietnam's time, the national codes and fees. */
class NationalPortalPayloadsTest {

    private final SyncFixture fixture;

    NationalPortalPayloadsTest() throws Exception {
        fixture = new SyncFixture(null);
    }

    @Test
    void anAcceptedOnlineDossierCarriesVietnameseDatesItsCodesFeesAndFiles() {
        SyncFixture.Journey journey = fixture.journey(2);
        journey.advance();
        Dossier dossier = journey.dossier;
        DossierDocuments documents = new DossierDocuments(
                List.of(new DossierDocuments.Component(1, "Tờ khai đăng ký khai sinh", 41L, "UPLOAD"),
                        new DossierDocuments.Component(2, "Giấy chứng sinh", null, null)),
                List.of(), true);

        JsonObject body = parse(NationalPortalPayloads.dossier(dossier, documents, true));
        JsonObject data = body.getJsonArray("data").getJsonObject(0);

        assertThat(body.getString("service")).isEqualTo("DongBoHoSoMC");
        assertThat(body.getBoolean("isUpdating")).isTrue();
        assertThat(data.getString("MaHoSo")).isEqualTo("000.30.01.H29-260302-0002");
        assertThat(data.getString("MaTTHC")).isEqualTo("1.001193");
        assertThat(data.getString("NgayNopHoSo")).as("01:32 UTC is 08:32 in Hanoi").isEqualTo("20260302083200");
        assertThat(data.getString("NgayTiepNhan")).isEqualTo("20260302084200");
        assertThat(data.getString("NgayHenTra")).isEqualTo("20260305083200");
        assertThat(data.getString("NgayTra")).isEmpty();
        assertThat(data.getInt("TrangThaiHoSo")).isEqualTo(2);
        assertThat(data.getInt("KenhThucHien")).isEqualTo(2);
        assertThat(data.getInt("LoaiDoiTuong")).isEqualTo(1);
        assertThat(data.getJsonArray("DinhDanhCHS").getJsonObject(0).getInt("LoaiDinhDanh")).isEqualTo(1);
        assertThat(data.getJsonArray("DinhDanhCHS").getJsonObject(0).getString("SoDinhDanh"))
                .isEqualTo(dossier.getApplicant().getPersonalId());
        JsonObject fee = data.getJsonArray("DanhSachLePhi").getJsonObject(0);
        assertThat(fee.getJsonNumber("Gia").longValue()).as("the online fee").isEqualTo(4000);
        assertThat(fee.getInt("LoaiPhiLePhi")).isEqualTo(2);
        assertThat(fee.getInt("HinhThucThu")).isEqualTo(2);
        assertThat(data.getInt("DuocThanhToanTrucTuyen")).isEqualTo(1);
        assertThat(data.getJsonArray("TaiLieuNop")).hasSize(2);
        assertThat(data.getJsonArray("TaiLieuNop").getJsonObject(0).getString("TepDinhKemId")).isEqualTo("41");
        assertThat(data.getInt("HoSoCoThanhPhanSoHoa")).isEqualTo(1);
    }

    @Test
    void aDossierFiledOnTheNationalPortalCarriesTheNationalCodeAsItsOtherCode() {
        assertThat(NationalPortalPayloads.otherCode("{\"KenhNop\":\"DVCQG\",\"MaHoSoKhac\":\"G22.99-260301-0001\"}"))
                .isEqualTo("G22.99-260301-0001");
        assertThat(NationalPortalPayloads.otherCode("{\"hoTen\":\"Nguyễn Văn A\"}")).isEmpty();
        assertThat(NationalPortalPayloads.otherCode(null)).isEmpty();
        assertThat(NationalPortalPayloads.otherCode("not json")).isEmpty();

        SyncFixture.Journey journey = fixture.journey(3);
        journey.advance();
        JsonObject data = parse(NationalPortalPayloads.dossier(journey.dossier,
                new DossierDocuments(List.of(), List.of(), false), false)).getJsonArray("data").getJsonObject(0);
        assertThat(data.getString("MaHoSoKhac")).as("a dossier of ours alone").isEmpty();
    }

    @Test
    void aCounterDossierFiledLateAtNightIsDatedTheNextDayInVietnam() throws Exception {
        Dossier dossier = fixture.journey(1).dossier;
        SyncFixture.set(dossier, "submittedAt", Instant.parse("2026-03-02T20:15:00Z"));

        JsonObject data = parse(NationalPortalPayloads.dossier(dossier, DossierDocuments.NONE, false))
                .getJsonArray("data").getJsonObject(0);

        assertThat(data.getString("NgayNopHoSo")).isEqualTo("20260303031500");
        assertThat(data.getInt("KenhThucHien")).as("counter").isEqualTo(1);
        assertThat(data.getInt("TrangThaiHoSo")).isEqualTo(1);
        assertThat(data.getInt("DuocThanhToanTrucTuyen")).isZero();
        assertThat(data.getInt("HoSoCoThanhPhanSoHoa")).isZero();
        assertThat(data.getJsonArray("DanhSachLePhi").getJsonObject(0).getJsonNumber("Gia").longValue())
                .as("the counter fee").isEqualTo(8000);
    }

    @Test
    void aRefusalIsReportedAsStatusThreeWithItsReasonAndDate() {
        SyncFixture.Journey journey = fixture.journey(10);
        journey.advance();
        Dossier dossier = journey.dossier;
        var history = dossier.getHistory();

        JsonObject data = parse(NationalPortalPayloads.dossier(dossier, DossierDocuments.NONE, true))
                .getJsonArray("data").getJsonObject(0);
        JsonObject progress = parse(NationalPortalPayloads.progress(dossier, history.get(1),
                history.get(0).getOccurredAt())).getJsonArray("data").getJsonObject(0);

        assertThat(data.getInt("TrangThaiHoSo")).isEqualTo(3);
        assertThat(data.getString("NgayTuChoi")).isEqualTo("20260302085000");
        assertThat(progress.getInt("TrangThai")).isEqualTo(3);
        assertThat(progress.getString("ThoiDiemXuLy")).isEqualTo("20260302085000");
        assertThat(progress.getString("NgayBatDau")).isEqualTo("20260302084000");
        assertThat(progress.getString("NoiDungXuLy"))
                .isEqualTo("Từ chối tiếp nhận hồ sơ: Hồ sơ không thuộc thẩm quyền giải quyết");
        assertThat(progress.getString("NguoiXuLy")).isEqualTo("desk.tdm");
    }

    @Test
    void aReturnedDossierCarriesEveryDateAndStatusTen() {
        SyncFixture.Journey journey = fixture.journey(5);
        while (journey.advance()) {
            // to the end
        }
        JsonObject data = parse(NationalPortalPayloads.dossier(journey.dossier, DossierDocuments.NONE, true))
                .getJsonArray("data").getJsonObject(0);

        assertThat(data.getInt("TrangThaiHoSo")).isEqualTo(10);
        assertThat(data.getString("NgayKetThucXuLy")).isEqualTo("20260302111640");
        assertThat(data.getString("NgayTra")).isEqualTo("20260303083500");
        assertThat(data.getInt("HinhThuc")).as("returned at the desk").isEqualTo(1);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
