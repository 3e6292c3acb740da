package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.documents.rendering.DossierReceipt;
import vn.motcua.documents.rendering.OfficialFormats;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.PdfRenderingException;

/**
 * The dossier receipt rendered to PDF and read back as a person's tools read it: the extracted text is the
 * Vietnamese source text, every font is embedded, and the QR code printed on the page decodes to the dossier's link.
 * The PDFs are kept in {@code target/documents/} to look at.
 */
class PdfRendererTest {

    private static final String LINK = "https://dichvucong.motcua.example/tra-cuu/H12.99.01-261121-0007?ma=7Q4KX2";
    private static final String APPLICANT = "Nguyễn Thị Thuỳ Dương";
    private static final String ADDRESS = "Số 12 đường Bạch Đằng, phường Thủ Dầu Một, thành phố Hồ Chí Minh";
    private static final String PROCEDURE = "Đăng ký biến động — Giấy chứng nhận quyền sử dụng đất ỹ ữ ặ";
    private static final String ALL_TONES = "à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ "
            + "ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ Đ Ử Ỹ Ợ";

    private static byte[] receipt;

    @BeforeAll
    static void render() throws IOException {
        receipt = PdfRenderer.withDefaults().render(DossierReceipt.TEMPLATE, sampleReceipt());
        keep("dossier-receipt.pdf", receipt);
    }

    @Test
    void extractedTextIsTheVietnameseSourceText() throws IOException {
        String text = text(receipt);

        assertThat(text).contains(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN",
                "PHƯỜNG THỦ DẦU MỘT",
                "Số: 125/TNHS",
                "Thủ Dầu Một, ngày 21 tháng 11 năm 2026",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Mã hồ sơ: H12.99.01-261121-0007",
                "Ông/Bà: " + APPLICANT,
                "Địa chỉ: " + ADDRESS,
                "Nội dung yêu cầu giải quyết: " + PROCEDURE,
                "1. Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Bản chính)",
                "2. " + ALL_TONES + " (Bản sao có chứng thực)",
                "2. Số lượng hồ sơ: 1 (bộ)",
                "3. Thời gian giải quyết hồ sơ theo quy định là: 10 ngày làm việc",
                "4. Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 21/11/2026",
                "5. Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 05/12/2026",
                "6. Đăng ký nhận kết quả tại: Bộ phận Một cửa phường Thủ Dầu Một",
                "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "Võ Thị Ngọc Ánh");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(receipt)) {
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+LiberationSerif.*"));
    }

    @Test
    void qrCodeOnThePageDecodesToTheDossierLink() throws IOException, NotFoundException {
        BufferedImage page;
        try (PDDocument pdf = Loader.loadPDF(receipt)) {
            page = new PDFRenderer(pdf).renderImageWithDPI(0, 300);
        }

        String decoded = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                        DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();

        assertThat(decoded).isEqualTo(LINK);
    }

    @Test
    void aTemplateInTheTemplateFolderReplacesTheDefaultAndUsesTheLayoutMacros(@TempDir Path templates)
            throws IOException {
        Files.writeString(templates.resolve(DossierReceipt.TEMPLATE), """
                <#import "official.ftlx" as o>
                <@o.document title="Quyết định">
                <@o.heading parent="ỦY BAN NHÂN DÂN" agency="PHƯỜNG THỦ DẦU MỘT" number=7 symbol="QĐ-UBND"
                    place="Thủ Dầu Một" date=issuedOn/>
                <@o.title kind="QUYẾT ĐỊNH" summary="Về việc cấp giấy phép xây dựng cho ${applicantName}"/>
                <p>Điều 1. Cấp phép cho hồ sơ ${dossierCode}.</p>
                <@o.closing recipients=["Như Điều 1", "Lưu: VT"]>
                <@o.signer onBehalfOf="ỦY BAN NHÂN DÂN" deputyOf="CHỦ TỊCH" position="PHÓ CHỦ TỊCH" name="Phạm Quốc Hùng"/>
                </@o.closing>
                </@o.document>
                """);

        byte[] pdf = new PdfRenderer(templates, null).render(DossierReceipt.TEMPLATE, sampleReceipt());
        keep("replaced-template.pdf", pdf);

        assertThat(text(pdf)).contains("Số: 07/QĐ-UBND", "QUYẾT ĐỊNH",
                "Về việc cấp giấy phép xây dựng cho " + APPLICANT, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH", "Phạm Quốc Hùng", "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT;")
                .doesNotContain("GIẤY TIẾP NHẬN HỒ SƠ");
    }

    @Test
    void textFromTheModelIsEscapedNotMarkup() throws IOException {
        DossierReceipt sample = sampleReceipt();
        DossierReceipt tricky = new DossierReceipt(sample.parentAgency(), sample.agency(), sample.receiptNumber(),
                sample.place(), sample.issuedOn(), sample.dossierCode(), sample.desk(), "Lê <b>Văn</b> & Tý",
                sample.applicantAddress(), sample.phone(), sample.email(), sample.procedureName(),
                sample.components(), sample.sets(), sample.processingTime(), sample.receivedAt(), sample.returnAt(),
                sample.returnPlace(), sample.receiverName(), sample.lookupUrl());

        assertThat(text(PdfRenderer.withDefaults().render(DossierReceipt.TEMPLATE, tricky)))
                .contains("Ông/Bà: Lê <b>Văn</b> & Tý");
    }

    @Test
    void aMissingTemplateIsAClearError() {
        assertThatThrownBy(() -> PdfRenderer.withDefaults().render("khong-co.ftlx", sampleReceipt()))
                .isInstanceOf(PdfRenderingException.class).hasMessageContaining("khong-co.ftlx");
    }

    @Test
    void datesAndNumbersAreWrittenAsDecree30Says() {
        OfficialFormats fmt = new OfficialFormats();

        assertThat(fmt.longDate(LocalDate.of(2026, 11, 21))).isEqualTo("ngày 21 tháng 11 năm 2026");
        assertThat(fmt.longDate(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(fmt.longDate(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
        assertThat(fmt.placeAndDate("Thủ Dầu Một", LocalDate.of(2026, 1, 1)))
                .isEqualTo("Thủ Dầu Một, ngày 01 tháng 01 năm 2026");
        assertThat(fmt.documentNumber(5)).isEqualTo("05");
        assertThat(fmt.documentNumber(125)).isEqualTo("125");
    }

    static DossierReceipt sampleReceipt() {
        return new DossierReceipt("ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "125", "Thủ Dầu Một",
                LocalDate.of(2026, 11, 21), "H12.99.01-261121-0007",
                "Bộ phận Tiếp nhận và Trả kết quả phường Thủ Dầu Một", APPLICANT, ADDRESS, "0912 345 678",
                "thuyduong@example.vn", PROCEDURE,
                List.of(new DossierReceipt.Component(
                                "Đơn đăng ký biến động đất đai, tài sản gắn liền với đất", "Bản chính"),
                        new DossierReceipt.Component(ALL_TONES, "Bản sao có chứng thực")),
                1, "10 ngày làm việc", LocalDateTime.of(2026, 11, 21, 9, 5), LocalDateTime.of(2026, 12, 5, 14, 0),
                "Bộ phận Một cửa phường Thủ Dầu Một", "Võ Thị Ngọc Ánh", LINK);
    }

    /** The text of a PDF as PDFBox extracts it, in NFC, with each run of white space made one space. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Path.of("target", "documents");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), pdf);
    }
}
