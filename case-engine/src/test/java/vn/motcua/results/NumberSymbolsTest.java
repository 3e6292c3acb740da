package vn.motcua.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberSymbolsTest {

    @Test
    void aCertificateOfAPeoplesCommitteeIsGcnUbnd() {
        assertThat(NumberSymbols.of("Giấy chứng nhận kết hôn", "Ủy ban nhân dân phường Thủ Dầu Một"))
                .isEqualTo("GCN-UBND");
    }

    @Test
    void aDecisionOfADepartmentTakesTheInitialsOfItsName() {
        assertThat(NumberSymbols.of("Quyết định cấp giấy phép", "Sở Tư pháp")).isEqualTo("QĐ-STP");
        assertThat(NumberSymbols.of("Giấy phép xây dựng", "Sở Xây dựng")).isEqualTo("GP-SXD");
        assertThat(NumberSymbols.of("Giấy xác nhận tình trạng hôn nhân", "Đài Phát thanh")).isEqualTo("GXN-ĐPT");
    }

    @Test
    void anyOtherResultIsKq() {
        assertThat(NumberSymbols.of("Giấy khai sinh (bản chính)", "UBND xã Bình Mỹ")).isEqualTo("KQ-UBND");
        assertThat(NumberSymbols.of(null, null)).isEqualTo("KQ-CQ");
    }
}
