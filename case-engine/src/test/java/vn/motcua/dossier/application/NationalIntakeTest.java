package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.motcua.dossier.application.CounterFixture.MARITAL_STATUS;
import static vn.motcua.dossier.application.CounterFixture.UNIT;
import static vn.motcua.testing.FixturePlumbing.wire;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.integration.intake.IntakeSource;
import vn.motcua.integration.intake.NationalCodes;
import vn.motcua.integration.intake.NationalDossier;
import vn.motcua.integration.intake.NationalIntake;
import vn.motcua.integration.intake.NationalIntakePollingJob;
import vn.motcua.integration.intake.NationalPortalOutgoing;
import vn.motcua.platform.jobs.JobStore;

/**
 * A3 without a container: dossiers filed on the national portal become our dossiers in the receiving desk's queue,
 * once per national code — pushed twice, pushed then polled, or claimed by many arrivals at once — on a real engine
 * and the migrated schema (H2); a bad payload is refused naming the portal's field and leaves nothing behind.
 */
class NationalIntakeTest {

    private CounterFixture f;
    private NationalCodes codes;
    private NationalIntake intake;

    @BeforeEach
    void open() throws Exception {
        f = new CounterFixture();
        codes = new NationalCodes(f.database, JobStore.StatementTransactions.AUTOCOMMIT, f.clock);
        wire(codes, "em", f.em);
        NationalIntake.IntakeTransaction transaction = new NationalIntake.IntakeTransaction(f.online, codes) {
            @Override
            public String fileAndComplete(NationalDossier dossier) {
                // its own transaction, or the polling job's in this container-free run (one connection)
                return f.em.getTransaction().isActive() ? super.fileAndComplete(dossier)
                        : f.tx(() -> super.fileAndComplete(dossier));
            }
        };
        intake = new NationalIntake(codes, transaction);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aDossierPushedTwiceAppearsOnceInTheDesksQueue() {
        NationalIntake.Outcome first = intake.receive(NationalDossier.fromJson(portalDossier("G22.99-261121-0001")),
                IntakeSource.PUSH);
        NationalIntake.Outcome second = intake.receive(NationalDossier.fromJson(portalDossier("G22.99-261121-0001")),
                IntakeSource.PUSH);

        assertThat(first.filedNow()).isTrue();
        assertThat(second.filedNow()).isFalse();
        assertThat(second.dossierCode()).isEqualTo(first.dossierCode());
        assertThat(f.count("SELECT COUNT(*) FROM dossier")).isEqualTo(1);
        Dossier dossier = f.dossier(first.dossierCode());
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.getChannel()).isEqualTo(Channel.ONLINE);
        assertThat(dossier.getReceivingUnit().getCode()).isEqualTo(UNIT);
        assertThat(dossier.getProcessInstanceId()).as("routed like any online dossier").isNotNull();
        JsonObject form = Json.createReader(new java.io.StringReader(dossier.getFormData())).readObject();
        assertThat(form.getString("MaHoSoKhac")).isEqualTo("G22.99-261121-0001");
        assertThat(form.getString("TaiLieuNop.1")).startsWith("to-khai.pdf");
        assertThat(codes.dossierOf("G22.99-261121-0001")).contains(first.dossierCode());
    }

    @Test
    void aDossierPushedThenPolledAppearsOnceAndThePollMovesItsCursor() throws Exception {
        intake.receive(NationalDossier.fromJson(portalDossier("G22.99-261121-0002")), IntakeSource.PUSH);
        List<String> asked = new ArrayList<>();
        NationalPortalOutgoing feed = new NationalPortalOutgoing() {
            @Override
            public boolean isConfigured() {
                return true;
            }

            @Override
            public Page since(String cursor) {
                asked.add(String.valueOf(cursor));
                return cursor == null
                        ? new Page(List.of(portalDossier("G22.99-261121-0002"), portalDossier("G22.99-261121-0003"),
                        Json.createObjectBuilder().add("MaHoSo", "G22.99-261121-0004").build()), "c-3")
                        : new Page(List.of(), cursor);
            }
        };
        NationalIntakePollingJob job = new NationalIntakePollingJob();
        wire(job, "portal", feed, "intake", intake, "em", f.em, "clock", f.clock);

        String summary = f.tx(() -> {
            try {
                return job.run(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(summary).startsWith("1 dossiers received, 1 already received, 1 refused; cursor c-3");
        assertThat(f.count("SELECT COUNT(*) FROM dossier")).isEqualTo(2);
        assertThat(f.count("SELECT COUNT(*) FROM national_intake WHERE state = 'RECEIVED'")).isEqualTo(2);
        assertThat(asked).containsExactly("null", "c-3");
        assertThat(f.count("SELECT COUNT(*) FROM national_intake_cursor WHERE cursor_value = 'c-3'")).isEqualTo(1);
    }

    @Test
    void ofManyConcurrentArrivalsOfOneCodeExactlyOneFiles() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<NationalCodes.Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                claims.add(threads.submit(() -> {
                    start.await();
                    return codes.claim("G22.99-261121-0005", IntakeSource.PUSH);
                }));
            }
            start.countDown();
            List<NationalCodes.Claim> results = new ArrayList<>();
            for (Future<NationalCodes.Claim> claim : claims) {
                results.add(claim.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(NationalCodes.Claimed.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(NationalCodes.Receiving.class::isInstance).hasSize(11);
        } finally {
            threads.shutdownNow();
        }
        // the arrivals told "receiving" retry after the first one filed: they get its dossier
        NationalIntake.ReceivingException busy = catchThrowableOfType(NationalIntake.ReceivingException.class,
                () -> intake.receive(NationalDossier.fromJson(portalDossier("G22.99-261121-0005")), IntakeSource.POLL));
        assertThat(busy).hasMessageContaining("đang được tiếp nhận");
        f.tx(() -> {
            String code = f.online.fileFromNationalPortal(new FilingRequest(MARITAL_STATUS, UNIT, "Phạm Thị Hoa",
                    "079301000123", "0912345678", null, java.util.Map.of("MaHoSoKhac", "G22.99-261121-0005")))
                    .value();
            codes.complete("G22.99-261121-0005", code);
            return code;
        });
        NationalIntake.Outcome retry = intake.receive(NationalDossier.fromJson(portalDossier("G22.99-261121-0005")),
                IntakeSource.PUSH);
        assertThat(retry.filedNow()).isFalse();
        assertThat(f.count("SELECT COUNT(*) FROM dossier")).isEqualTo(1);
    }

    @Test
    void aBadPayloadIsRefusedNamingThePortalsFieldAndLeavesNothingBehind() {
        FilingRefusedException unreadable = catchThrowableOfType(FilingRefusedException.class,
                () -> NationalDossier.fromJson(Json.createObjectBuilder().add("MaTTHC", MARITAL_STATUS)
                        .add("NgayNopHoSo", "21/11/2026").add("LoaiDoiTuong", 7).build()));
        assertThat(unreadable.problems()).containsOnlyKeys("MaHoSo", "DonViXuLy", "ChuHoSo", "LoaiDoiTuong",
                "NgayNopHoSo");

        JsonObject elsewhere = Json.createObjectBuilder(portalDossier("G22.99-261121-0006"))
                .add("DonViXuLy", "000.00.00.X99").build();
        FilingRefusedException refused = catchThrowableOfType(FilingRefusedException.class,
                () -> intake.receive(NationalDossier.fromJson(elsewhere), IntakeSource.PUSH));
        assertThat(refused.problems()).containsOnlyKeys("DonViXuLy");
        assertThat(f.count("SELECT COUNT(*) FROM dossier")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM national_intake")).as("the claim was released").isZero();

        NationalIntake.Outcome corrected = intake.receive(NationalDossier.fromJson(
                portalDossier("G22.99-261121-0006")), IntakeSource.PUSH);
        assertThat(corrected.filedNow()).isTrue();
    }

    static JsonObject portalDossier(String nationalCode) {
        return Json.createObjectBuilder()
                .add("MaHoSo", nationalCode)
                .add("MaTTHC", MARITAL_STATUS)
                .add("TenTTHC", "Cấp Giấy xác nhận tình trạng hôn nhân")
                .add("DonViXuLy", UNIT)
                .add("ChuHoSo", "Phạm Thị Hoa")
                .add("LoaiDoiTuong", 1)
                .add("DinhDanhCHS", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("LoaiDinhDanh", 1).add("SoDinhDanh", "079301000123")))
                .add("SoDienThoai", "0912345678")
                .add("Email", "hoa@example.invalid")
                .add("TrichYeuHoSo", "Xin cấp giấy xác nhận tình trạng hôn nhân để đăng ký kết hôn")
                .add("NgayNopHoSo", "20260302074500")
                .add("TaiLieuNop", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("TenTepDinhKem", "to-khai.pdf")
                        .add("DuongDanTaiTepTin", "https://dichvucong.gov.vn/files/to-khai.pdf")))
                .build();
    }
}
