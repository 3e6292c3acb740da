package vn.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.documents.rendering.DossierReceipt;
import vn.motcua.documents.rendering.Letterhead;
import vn.motcua.documents.rendering.ReceiptRefusal;
import vn.motcua.documents.rendering.ResultDocument;
import vn.motcua.documents.rendering.Signer;
import vn.motcua.documents.rendering.StopNotice;
import vn.motcua.documents.rendering.SupplementRequest;
import vn.motcua.documents.rendering.TrackingBook;

/** Realistic Vietnamese examples of the forms and of a result, for the rendering tests. */
final class FormSamples {

    static final String WARD = "Ủy ban nhân dân phường Thủ Dầu Một";
    static final String DESK = "Bộ phận Tiếp nhận và Trả kết quả phường Thủ Dầu Một";
    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";
    static final String MARRIAGE = "Đăng ký kết hôn";
    static final String CODE = "000.30.01.H09-260316-0007";
    static final String VERIFY_URL = "https://dichvucong.binhduong.gov.vn/xac-thuc/000.30.01.H09-260115-0042";

    private FormSamples() {
    }

    static DossierReceipt receipt() {
        return new DossierReceipt("ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "125", "Thủ Dầu Một",
                LocalDate.of(2026, 3, 16), CODE, DESK, APPLICANT,
                "Số 25 đường Yersin, phường Thủ Dầu Một, tỉnh Bình Dương", "0913 456 789", null, MARRIAGE,
                List.of(new DossierReceipt.Component("Tờ khai đăng ký kết hôn", "Bản chính"),
                        new DossierReceipt.Component("Giấy xác nhận tình trạng hôn nhân", "Bản chính")),
                1, "05 ngày làm việc", at(16, 8, 0), at(20, 16, 0), DESK, "Lê Thị Mai",
                "https://dichvucong.binhduong.gov.vn/tra-cuu/" + CODE);
    }

    static SupplementRequest supplementRequest() {
        return new SupplementRequest(
                new Letterhead("ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "12", "HDHS",
                        "Thủ Dầu Một", LocalDate.of(2026, 3, 16)),
                null, DESK, CODE, APPLICANT, "Số 25 đường Yersin, phường Thủ Dầu Một, tỉnh Bình Dương",
                "0913 456 789", "hongnhung@example.vn", MARRIAGE,
                List.of(new SupplementRequest.Item("Giấy xác nhận tình trạng hôn nhân của bên nam",
                                "Nộp bổ sung bản chính",
                                "Hồ sơ chưa có giấy xác nhận do Ủy ban nhân dân nơi cư trú của bên nam cấp"),
                        new SupplementRequest.Item("Tờ khai đăng ký kết hôn",
                                "Ghi lại ngày, tháng, năm sinh của bên nữ",
                                "Ngày sinh ghi trong tờ khai (12/5/1996) không khớp với thẻ Căn cước (21/5/1996)."),
                        new SupplementRequest.Item("Bản sao Giấy chứng nhận đăng ký thường trú", null,
                                "Bản sao thiếu trang 2, không đọc được nơi thường trú")),
                LocalDate.of(2026, 4, 6),
                "Quá thời hạn trên mà Ông/Bà không bổ sung, hoàn thiện hồ sơ thì hồ sơ sẽ được trả lại.",
                "bà Lê Thị Mai, số điện thoại 0274 3822 123", Signer.of("NGƯỜI HƯỚNG DẪN", "Lê Thị Mai"), List.of());
    }

    static ReceiptRefusal refusal() {
        return new ReceiptRefusal(
                new Letterhead("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", "SỞ TƯ PHÁP", "3", "TCHS", "Bình Dương",
                        LocalDate.of(2026, 2, 5)),
                null, "Bộ phận Tiếp nhận và Trả kết quả Sở Tư pháp tỉnh Bình Dương", null, "Trần Văn Đức",
                "Khu phố Bình Đức 1, phường Lái Thiêu, tỉnh Bình Dương", "0988 111 222", null,
                "Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng", "Luật Công chứng năm 2024",
                List.of("Người nộp hồ sơ không phải là Trưởng Văn phòng công chứng và không có văn bản ủy quyền",
                        "Văn phòng công chứng Thuận An đang bị tạm đình chỉ hoạt động."),
                Signer.of("NGƯỜI TIẾP NHẬN HỒ SƠ", "Đặng Thị Thu Hương"),
                List.of("Ông Trần Văn Đức", "Lưu: VT"));
    }

    static StopNotice stopNotice() {
        return new StopNotice(
                new Letterhead("ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", null, "TB-UBND", "Thủ Dầu Một",
                        LocalDate.of(2026, 3, 18)),
                null, WARD, "Phạm Minh Khôi", "000.30.01.H09-260310-0021",
                "Cấp giấy phép xây dựng đối với nhà ở riêng lẻ", LocalDateTime.of(2026, 3, 10, 9, 30),
                LocalDateTime.of(2026, 3, 17, 15, 10), "theo đề nghị rút hồ sơ của Ông/Bà",
                "Điều 21 Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ",
                LocalDateTime.of(2026, 3, 18, 8, 0),
                "Hồ sơ giấy đã nộp được trả lại cho Ông/Bà tại " + DESK + ".",
                Signer.deputy("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm").forCollective("ỦY BAN NHÂN DÂN"),
                List.of("Ông Phạm Minh Khôi", DESK, "Lưu: VT"));
    }

    static TrackingBook trackingBook() {
        return new TrackingBook("ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", null, "03",
                LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20), "Thủ Dầu Một", LocalDate.of(2026, 3, 23),
                List.of(new TrackingBook.Entry(CODE, MARRIAGE, 1, APPLICANT,
                                "Số 25 đường Yersin, 0913 456 789", WARD, at(16, 8, 0), at(20, 16, 0), at(16, 9, 0),
                                at(19, 15, 0), at(20, 9, 30), "Trả trực tiếp"),
                        new TrackingBook.Entry("000.30.01.H09-260317-0002", "Chứng thực bản sao từ bản chính", 2,
                                "Võ Hoàng Yến", null, WARD, at(17, 14, 5), at(17, 16, 0), null, null,
                                at(17, 15, 40), null),
                        new TrackingBook.Entry("000.30.01.H09-260318-0011",
                                "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 1,
                                "Hộ kinh doanh Tiệm vàng Kim Hưng", "Chợ Thủ Dầu Một, 0274 3833 456",
                                "Ủy ban nhân dân phường Thủ Dầu Một (Phòng Kinh tế)", at(18, 10, 15), at(23, 10, 15),
                                at(18, 11, 0), null, null, "Trả qua dịch vụ bưu chính công ích")));
    }

    static ResultDocument birthCertificate() {
        return birthCertificate(List.of(
                "Đã đăng ký khai sinh tại Ủy ban nhân dân phường Thủ Dầu Một, tỉnh Bình Dương, số đăng ký 42, quyển "
                        + "số 01/2026."));
    }

    static ResultDocument birthCertificate(List<String> paragraphs) {
        return new ResultDocument(
                new Letterhead("ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "15", "GCN-UBND", "Thủ Dầu Một",
                        LocalDate.of(2026, 1, 15)),
                "GIẤY CHỨNG NHẬN ĐĂNG KÝ KHAI SINH", null, "Người đi đăng ký khai sinh", APPLICANT,
                List.of(new ResultDocument.Field("Họ, chữ đệm, tên", "Trần Gia Bảo"),
                        new ResultDocument.Field("Ngày, tháng, năm sinh", "02/01/2026"),
                        new ResultDocument.Field("Giới tính", "Nam"),
                        new ResultDocument.Field("Dân tộc", "Kinh"),
                        new ResultDocument.Field("Quốc tịch", "Việt Nam"),
                        new ResultDocument.Field("Nơi sinh", "Bệnh viện Đa khoa tỉnh Bình Dương"),
                        new ResultDocument.Field("Họ, chữ đệm, tên người mẹ", APPLICANT),
                        new ResultDocument.Field("Họ, chữ đệm, tên người cha", "Trần Quốc Việt")),
                paragraphs, List.of("Người đi đăng ký khai sinh", "Lưu: VT, HT"),
                Signer.deputy("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tâm"), VERIFY_URL, "000.30.01.H09-260115-0042");
    }

    static LocalDateTime at(int dayOfMarch, int hour, int minute) {
        return LocalDateTime.of(2026, 3, dayOfMarch, hour, minute);
    }
}
