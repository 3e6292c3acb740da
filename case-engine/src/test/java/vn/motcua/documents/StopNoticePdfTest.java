package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.StopNotice;

/** Form 05 (Circular 03/2025): the notice stopping a dossier the applicant withdrew. */
class StopNoticePdfTest {

    @Test
    void theNoticeSaysWhichDossierStopsFromWhenAndWhyAndIsSignedForTheCommittee() {
        byte[] pdf = PdfRenderer.withDefaults().render(StopNotice.TEMPLATE, FormSamples.stopNotice());
        PdfReading.keep("stop-notice.pdf", pdf);
        String text = PdfReading.text(pdf, true);

        assertThat(text).contains(
                "ỦY BAN NHÂN DÂN",
                "PHƯỜNG THỦ DẦU MỘT",
                "Số: ……/TB-UBND",
                "Thủ Dầu Một, ngày 18 tháng 3 năm 2026",
                "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                "Kính gửi: Ông/Bà Phạm Minh Khôi.",
                "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm");
        assertThat(PdfReading.text(pdf, false)).contains("Nơi nhận: - Ông Phạm Minh Khôi; - Bộ phận Tiếp nhận và "
                + "Trả kết quả phường Thủ Dầu Một; - Lưu: VT;");
        assertThat(PdfReading.squeezed(text)).containsSubsequence(Stream.of(
                "Căn cứ Điều 21 Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;",
                "Ngày 10 tháng 3 năm 2026, Ủy ban nhân dân phường Thủ Dầu Một tiếp nhận hồ sơ của Ông/Bà Phạm Minh "
                        + "Khôi đề nghị giải quyết thủ tục hành chính “Cấp giấy phép xây dựng đối với nhà ở riêng lẻ”, "
                        + "mã hồ sơ 000.30.01.H09-260310-0021.",
                "Ngày 17/03/2026, Ông/Bà có đề nghị rút hồ sơ nêu trên.",
                "Ủy ban nhân dân phường Thủ Dầu Một thông báo dừng giải quyết hồ sơ nêu trên kể từ 08 giờ 00 phút, "
                        + "ngày 18 tháng 3 năm 2026, lý do: theo đề nghị rút hồ sơ của Ông/Bà.",
                "Hồ sơ giấy đã nộp được trả lại cho Ông/Bà tại Bộ phận Tiếp nhận và Trả kết quả phường Thủ Dầu Một.",
                "Ủy ban nhân dân phường Thủ Dầu Một thông báo để Ông/Bà được biết./.")
                .map(PdfReading::squeezed).toArray(String[]::new));
    }

    @Test
    void aNoticeNeedsTheApplicantAndAReasonAndStopsAfterReceipt() {
        StopNotice n = FormSamples.stopNotice();
        assertThatIllegalArgumentException().isThrownBy(() -> new StopNotice(n.letterhead(), n.title(),
                        n.agencyName(), null, n.dossierCode(), n.procedureName(), n.receivedAt(), n.requestedAt(),
                        n.reason(), n.legalBasis(), n.stoppedAt(), n.papers(), n.signer(), n.recipients()))
                .withMessage("applicant is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new StopNotice(n.letterhead(), n.title(),
                        n.agencyName(), n.applicantName(), n.dossierCode(), n.procedureName(), n.receivedAt(),
                        n.requestedAt(), "", n.legalBasis(), n.stoppedAt(), n.papers(), n.signer(), n.recipients()))
                .withMessage("a stop notice states why the dossier is stopped");
        assertThatIllegalArgumentException().isThrownBy(() -> new StopNotice(n.letterhead(), n.title(),
                        n.agencyName(), n.applicantName(), n.dossierCode(), n.procedureName(), n.receivedAt(),
                        n.requestedAt(), n.reason(), n.legalBasis(), n.receivedAt().minusDays(1), n.papers(),
                        n.signer(), n.recipients()))
                .withMessage("a dossier is stopped after it was received");
    }
}
