package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.application.CounterFixture.EXTRACT;
import static vn.motcua.dossier.application.CounterFixture.MARITAL_STATUS;
import static vn.motcua.dossier.application.CounterFixture.UNIT;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.LegalClock;
import vn.motcua.dossier.application.CounterIntakeRequest.ReceivedPaper;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;

/**
 * A paper dossier received at the counter on a real engine and our own tables: filed, digitised, accepted at once
 * with its legal clock started and its fees paid against a numbered receipt, in one transaction; every refusal leaves
 * no dossier, no component rows, no process and no receipt number used.
 */
class CounterIntakeTest {

    private CounterFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new CounterFixture();
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private CounterIntakeRequest maritalStatus(List<ReceivedPaper> papers, Map<Integer, String> exemptions) {
        return new CounterIntakeRequest(MARITAL_STATUS, UNIT, "Trần Thị Lan", "079301000123", "0912345678",
                "lan@example.invalid", "12 Yersin, phường Thủ Dầu Một", papers, exemptions, null, false);
    }

    private CounterIntakeResult receive(CounterIntakeRequest request) {
        return f.tx(() -> f.intake.receive(f.desk(), request));
    }

    @Test
    void aCompletePaperDossierIsReceivedAcceptedAndChargedAtOnce() {
        long declaration = f.upload(f.desk(), CounterFixture.pdf(2), "to-khai.pdf").id();

        CounterIntakeResult result = receive(maritalStatus(List.of(
                new ReceivedPaper(1, PaperForm.ORIGINAL, declaration),
                new ReceivedPaper(2, PaperForm.ORIGINAL, null)), Map.of()));

        Dossier dossier = f.dossier(result.dossierCode());
        assertThat(dossier.getChannel()).isEqualTo(Channel.COUNTER);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.getReceivedAt()).isEqualTo(f.clock.instant());
        assertThat(dossier.getDueAt()).isEqualTo(CounterFixture.at("2026-03-05T08:00"));
        assertThat(dossier.clockEvents()).extracting(LegalClock.Event::kind).containsExactly(LegalClock.Kind.START);
        assertThat(dossier.getHistory()).extracting(h -> h.getAction()).containsExactly("SUBMITTED", "ACCEPTED");
        assertThat(dossier.getFormData()).contains("12 Yersin");
        assertThat(f.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(result.dossierCode())
                .singleResult().getTaskDefinitionKey()).isEqualTo("specialistHandles");

        assertThat(result.feeReceiptNumber()).isEqualTo("000001/2026");
        assertThat(f.count("select total from fee_receipt")).isEqualTo(20_000);
        assertThat(f.count("select count(*) from dossier_component where document_id = " + declaration
                + " and page_count = 2 and form = 'ORIGINAL'")).isEqualTo(1);
        assertThat(f.count("select count(*) from dossier_component where document_id is null")).isEqualTo(1);
        assertThat(f.count("select count(*) from audit_entry where action = 'COUNTER_INTAKE'")).isEqualTo(1);
        assertThat(f.count("select count(*) from audit_entry where action = 'FEE_RECEIPT_ISSUED'")).isEqualTo(1);
        assertThat(f.count("select count(*) from audit_entry where action = 'ACCEPTED'")).isEqualTo(1);

        long next = f.upload(f.desk(), CounterFixture.pdf(1), "to-khai-2.pdf").id();
        CounterIntakeResult second = receive(maritalStatus(List.of(new ReceivedPaper(1, PaperForm.COPY, next)),
                Map.of(1, "Con liệt sĩ")));
        assertThat(second.feeReceiptNumber()).isEqualTo("000002/2026");
        assertThat(f.count("select total from fee_receipt where receipt_number = 2")).isEqualTo(5_000);
        assertThat(f.count("select count(*) from fee_receipt_line where amount_paid = 0 "
                + "and exemption_reason = 'Con liệt sĩ'")).isEqualTo(1);
    }

    @Test
    void theFeeReceiptPrintsWithItsNumberLinesAndTotal() {
        long declaration = f.upload(f.desk(), CounterFixture.pdf(1), "to-khai.pdf").id();
        CounterIntakeResult result = receive(maritalStatus(List.of(new ReceivedPaper(1, PaperForm.ORIGINAL,
                declaration)), Map.of(2, "Hộ nghèo")));

        var pdf = f.tx(() -> f.receipts.feeReceipt(f.desk(), result.dossierCode()));

        String text = text(pdf.content());
        assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "000001/2026", result.dossierCode(), "Trần Thị Lan",
                "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", "15.000", "Miễn: Hộ nghèo", "Nguyễn Thị Thu Hà");
        assertThatThrownBy(() -> f.tx(() -> f.receipts.feeReceipt(
                f.actor("chuyenvien.tdm", Role.SPECIALIST, CounterFixture.OTHER_UNIT), result.dossierCode())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMissingRequiredComponentIsRefusedByName() {
        assertRefused(maritalStatus(List.of(new ReceivedPaper(2, PaperForm.ORIGINAL, null)), Map.of()),
                InvalidRequestException.class, "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân");
    }

    @Test
    void aScanOfATypeTheComponentDoesNotAcceptIsRefused() {
        long image = f.upload(f.desk(), CounterFixture.png(), "to-khai.png").id();
        assertRefused(maritalStatus(List.of(new ReceivedPaper(1, PaperForm.ORIGINAL, image)), Map.of()),
                InvalidRequestException.class, "image/png");
    }

    @Test
    void aScanLongerThanTheComponentAllowsIsRefused() {
        long long_ = f.upload(f.desk(), CounterFixture.pdf(3), "to-khai.pdf").id();
        assertRefused(maritalStatus(List.of(new ReceivedPaper(1, PaperForm.ORIGINAL, long_)), Map.of()),
                InvalidRequestException.class, "3 trang");
    }

    @Test
    void anExemptionWithoutReasonIsRefused() {
        long declaration = f.upload(f.desk(), CounterFixture.pdf(1), "to-khai.pdf").id();
        assertRefused(maritalStatus(List.of(new ReceivedPaper(1, PaperForm.ORIGINAL, declaration)), Map.of(1, " ")),
                InvalidRequestException.class, "Ghi lý do miễn");
    }

    @Test
    void onlyADeskOfficerOfTheReceivingUnitReceives() {
        long declaration = f.upload(f.desk(), CounterFixture.pdf(1), "to-khai.pdf").id();
        CounterIntakeRequest request = maritalStatus(List.of(new ReceivedPaper(1, PaperForm.ORIGINAL, declaration)),
                Map.of());
        assertThatThrownBy(() -> f.tx(() -> f.intake.receive(f.actor("chuyenvien.tdm", Role.SPECIALIST, UNIT),
                request))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.tx(() -> f.intake.receive(
                f.actor("motcua.tdm", Role.DESK_OFFICER, CounterFixture.OTHER_UNIT), request)))
                .isInstanceOf(AccessDeniedException.class);
        assertNothingStored();
    }

    @Test
    void aPartlyOnlineProcedureNeedsTheOriginalsChecked() {
        long form = f.upload(f.desk(), CounterFixture.png(), "to-khai.png").id();
        List<ReceivedPaper> papers = List.of(new ReceivedPaper(1, PaperForm.CERTIFIED_COPY, form));
        assertRefused(new CounterIntakeRequest(EXTRACT, UNIT, "Lê Văn Minh", "123456789", null, null, null, papers,
                Map.of(), null, false), InvalidRequestException.class, "đối chiếu bản chính");

        CounterIntakeResult result = receive(new CounterIntakeRequest(EXTRACT, UNIT, "Lê Văn Minh", "123456789", null,
                null, null, papers, Map.of(), null, true));

        assertThat(result.feeReceiptNumber()).isNull();
        assertThat(f.count("select count(*) from dossier_component where page_count = 1 "
                + "and originals_checked_by = 'motcua.tdm' and originals_checked_at is not null")).isEqualTo(1);
        assertThat(f.count("select count(*) from fee_receipt")).isZero();
    }

    @Test
    void aScanAlreadyPartOfAnotherDossierIsRefused() {
        long declaration = f.upload(f.desk(), CounterFixture.pdf(1), "to-khai.pdf").id();
        CounterIntakeRequest request = maritalStatus(List.of(new ReceivedPaper(1, PaperForm.ORIGINAL, declaration)),
                Map.of());
        receive(request);
        assertThatThrownBy(() -> receive(request)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("hồ sơ khác");
        assertThat(f.count("select count(*) from dossier")).isEqualTo(1);
        assertThat(f.count("select last_number from fee_receipt_register")).isEqualTo(1);
    }

    private static String text(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(CounterIntakeRequest request, Class<? extends RuntimeException> type, String message) {
        assertThatThrownBy(() -> receive(request)).isInstanceOf(type).hasMessageContaining(message);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(f.count("select count(*) from dossier")).isZero();
        assertThat(f.count("select count(*) from dossier_component")).isZero();
        assertThat(f.count("select count(*) from fee_receipt")).isZero();
        assertThat(f.count("select coalesce(max(last_number), 0) from fee_receipt_register")).isZero();
        assertThat(f.count("select coalesce(max(last_value), 0) from dossier_code_sequence")).isZero();
        assertThat(f.count("select count(*) from audit_entry where object_type = 'DOSSIER'")).isZero();
        assertThat(f.engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }
}
