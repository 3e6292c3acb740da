package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsVietnameseToPlainLowerCaseWords() {
        assertThat(SearchText.fold("Đăng ký kết hôn")).isEqualTo("dang ky ket hon");
        assertThat(SearchText.fold("Cấp Phiếu lý lịch tư pháp")).isEqualTo("cap phieu ly lich tu phap");
        assertThat(SearchText.fold("Chứng thực bản sao từ bản chính; giấy tờ, văn bản"))
                .isEqualTo("chung thuc ban sao tu ban chinh giay to van ban");
        assertThat(SearchText.fold("ỨNG DỤNG   Đường   ƯU TIÊN")).isEqualTo("ung dung duong uu tien");
    }

    @Test
    void splitsAQueryIntoWordsAndKeepsProcedureCodesWhole() {
        assertThat(SearchText.words(" 1.000894 ")).containsExactly("1.000894");
        assertThat(SearchText.words("đăng  ký")).containsExactly("dang", "ky");
        assertThat(SearchText.words("   ")).isEmpty();
    }
}
