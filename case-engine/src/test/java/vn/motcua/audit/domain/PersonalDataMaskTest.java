package vn.motcua.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataMaskTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "079203001234                             | *********234",
        "CCCD 079203001234 của người nộp           | CCCD *********234 của người nộp",
        "CMND cũ 123456789.                        | CMND cũ ******789.",
        "gọi 0912345678 hoặc +84912345678          | gọi *******678 hoặc +********678",
        "điện thoại 0912 345 678, số 0912.345.678  | điện thoại **** *** 678, số ****.***.678",
        "CCCD 079 203 001 234                      | CCCD *** *** *** 234",
        "thư congdan.an@example.invalid nhé        | thư c***@example.invalid nhé",
        "Liên hệ Trần.Thị_Hoa+1@bưu-điện.vn        | Liên hệ T***@bưu-điện.vn",
    })
    void personalIdentifiersAreMasked(String text, String masked) {
        assertThat(PersonalDataMask.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Hồ sơ 000.30.01.H29-261121-0001 đã tiếp nhận",
        "Ngày sinh 02/11/2026, lệ phí 150.000.000 đồng",
        "status RECEIVED; procedure 1.001193; unit 000.30.01.H29",
        "Bổ sung nơi sinh chi tiết.",
        "12345678"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(PersonalDataMask.mask(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingStaysNothing(String text) {
        assertThat(PersonalDataMask.mask(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"079203001234", "0792030012345678", "x079203001234y", "a 001099012345 b 079123456789"})
    void noTwelveDigitRunSurvives(String text) {
        assertThat(PersonalDataMask.mask(text)).doesNotContainPattern("\\d{9,}");
    }
}
