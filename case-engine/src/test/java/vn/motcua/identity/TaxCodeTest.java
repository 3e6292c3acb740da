package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    private static final Year NOW = Year.of(2026);

    @ParameterizedTest
    @ValueSource(strings = {"0100109106", "0300588569", "0101248141"})
    void theSelfCheckValuesOfTheDomainNotesPass(String code) {
        TaxCode taxCode = TaxCode.parse(code);

        assertThat(taxCode.form()).isEqualTo(TaxCode.Form.TEN_DIGITS);
        assertThat(taxCode.warnings(NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100109107", "0300588560", "0101248142"})
    void aWrongCheckDigitIsRefused(String code) {
        assertThatThrownBy(() -> TaxCode.parse(code)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("chữ số kiểm tra");
    }

    @Test
    void aBranchCodeKeepsItsParentAndSuffix() {
        TaxCode branch = TaxCode.parse("0100109106-001");

        assertThat(branch.form()).isEqualTo(TaxCode.Form.BRANCH);
        assertThat(branch.taxpayer()).isEqualTo("0100109106");
        assertThat(TaxCode.parse("0100109106 999").value()).isEqualTo("0100109106-999");
        assertThat(TaxCode.parse("0100109106999").value()).isEqualTo("0100109106-999");
    }

    @Test
    void aBranchIsCheckedOnItsParentAndRefusesSuffix000() {
        assertThatThrownBy(() -> TaxCode.parse("0100109107-001")).hasMessageContaining("chữ số kiểm tra");
        assertThatThrownBy(() -> TaxCode.parse("0100109106-000")).hasMessageContaining("001 đến 999");
    }

    @Test
    void whenTheSumLeavesNoRemainderTheCodeIsAcceptedButFlagged() {
        assertThat(TaxCode.remainder("1001000090")).isZero();

        TaxCode code = TaxCode.parse("1001000090");

        assertThat(code.checkDigitUnverifiable()).isTrue();
        assertThat(code.warnings(NOW)).singleElement().asString().contains("Không kiểm tra được");
    }

    @Test
    void aTwelveDigitPersonalIdIsAcceptedForHouseholdsWithItsWarnings() {
        TaxCode household = TaxCode.parse("001085012345");

        assertThat(household.form()).isEqualTo(TaxCode.Form.PERSONAL_ID);
        assertThat(household.warnings(NOW)).isEmpty();
        assertThat(TaxCode.parse("003085012345").warnings(NOW)).singleElement().asString().contains("mã tỉnh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"010010910", "01001091061", "0100109106-01", "01001O9106", "0100109106/001"})
    void otherShapesAreRefusedWithTheShapesExplained(String code) {
        assertThatThrownBy(() -> TaxCode.parse(code)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("10 chữ số");
    }
}
