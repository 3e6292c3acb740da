package vn.motcua.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.documents.rendering.DossierReceipt;
import vn.motcua.documents.rendering.PdfRenderer;

/** Shared material of the signing tests: a rendered receipt, a signer, a service on a temporary PKI. */
final class SignedDocuments {

    static final OfficialSigner DEPUTY = new OfficialSigner("nguyenvana", "Nguyễn Văn Ánh", "Phó Chủ tịch",
            "000.00.01.H12", "Ủy ban nhân dân phường Thủ Dầu Một", "KT. CHỦ TỊCH");
    static final String AGENCY_CODE = "000.00.01.H12";
    static final String AGENCY_NAME = "Ủy ban nhân dân phường Thủ Dầu Một";

    /** A byte of the binary comment after the PDF header: inside every signed range, harmless to parsers. */
    static final int HEADER_COMMENT_BYTE = 11;

    private static byte[] receipt;

    private SignedDocuments() {
    }

    /** A dossier receipt rendered by the documents context (rendered once per test run). */
    static synchronized byte[] receipt() {
        if (receipt == null) {
            receipt = PdfRenderer.withDefaults().render(DossierReceipt.TEMPLATE, new DossierReceipt(
                    "ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "125", "Thủ Dầu Một", LocalDate.of(2026, 11, 21),
                    "H12.99.01-261121-0007", "Bộ phận Tiếp nhận và Trả kết quả phường Thủ Dầu Một",
                    "Trần Thị Thùy Dương", "Số 5, đường Yersin, phường Thủ Dầu Một", "0912 345 678",
                    "thuyduong@example.vn", "Đăng ký biến động đất đai",
                    List.of(new DossierReceipt.Component("Đơn đăng ký biến động đất đai", "Bản chính")), 1,
                    "10 ngày làm việc", LocalDateTime.of(2026, 11, 21, 9, 5), LocalDateTime.of(2026, 12, 5, 14, 0),
                    "Bộ phận Một cửa phường Thủ Dầu Một", "Võ Thị Ngọc Ánh", "https://motcua.example.vn/tra-cuu/1"));
        }
        return receipt.clone();
    }

    static SigningService service(Path pkiDirectory) {
        return SigningService.create(SigningConfiguration.development(pkiDirectory), Clock.systemUTC());
    }

    /** A copy of {@code pdf} with the byte at {@code offset} changed. */
    static byte[] flipped(byte[] pdf, int offset) {
        byte[] copy = pdf.clone();
        copy[offset] = (byte) (copy[offset] ^ 0x01);
        return copy;
    }

    /** Keeps a document under target/signing for a look by hand. */
    static Path keep(String name, byte[] pdf) {
        try {
            Path folder = Path.of("target", "signing");
            Files.createDirectories(folder);
            return Files.write(folder.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
