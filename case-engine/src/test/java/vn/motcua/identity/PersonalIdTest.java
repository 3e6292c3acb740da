package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdTest {

    private static final Year NOW = Year.of(2026);

    @Test
    void aTwelveDigitNumberOfAHanoiManBornIn1985HasNoWarnings() {
        PersonalId id = PersonalId.parse("001085012345");

        assertThat(id.kind()).isEqualTo(PersonalId.Kind.PERSONAL_ID);
        assertThat(id.registrationCode()).isEqualTo("001");
        assertThat(id.female()).isFalse();
        assertThat(id.birthYear()).isEqualTo(1985);
        assertThat(id.warnings(NOW)).isEmpty();
    }

    @Test
    void theCenturyAndGenderDigitGivesTwentyFirstCenturyWomen() {
        PersonalId id = PersonalId.parse("079303000123");

        assertThat(id.female()).isTrue();
        assertThat(id.birthYear()).isEqualTo(2003);
        assertThat(id.warnings(NOW)).isEmpty();
    }

    @Test
    void spacesAndDotsBetweenDigitGroupsAreIgnored() {
        assertThat(PersonalId.parse(" 001 085.012 345 ").value()).isEqualTo("001085012345");
    }

    @Test
    void anUnknownProvinceCodeIsAWarningNotARefusal() {
        PersonalId id = PersonalId.parse("003085012345");

        assertThat(id.warnings(NOW)).singleElement().asString().contains("003").contains("mã tỉnh");
    }

    @Test
    void aBirthYearInTheFutureIsAWarning() {
        assertThat(PersonalId.parse("001299012345").warnings(NOW)).singleElement().asString()
                .contains("năm sinh 2099");
        assertThat(PersonalId.parse("001427012345").warnings(NOW)).singleElement().asString()
                .contains("năm sinh 2127");
    }

    @Test
    void aBirthYearTooFarBackIsAWarning() {
        assertThat(PersonalId.parse("001085012345").warnings(Year.of(2300))).singleElement().asString()
                .contains("quá xa");
    }

    @Test
    void aNineDigitCmndIsAcceptedAndTypedAsLegacy() {
        PersonalId id = PersonalId.parse("012345678");

        assertThat(id.isLegacy()).isTrue();
        assertThat(id.birthYear()).isNull();
        assertThat(id.warnings(NOW)).singleElement().asString().contains("chứng minh nhân dân cũ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00108501234", "0010850123456", "1234567890"})
    void anyOtherLengthIsRefusedWithTheDigitCount(String typed) {
        assertThatThrownBy(() -> PersonalId.parse(typed)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("12 chữ số").hasMessageContaining(typed.length() + " chữ số");
    }

    @Test
    void lettersAndEmptyInputAreRefused() {
        assertThatThrownBy(() -> PersonalId.parse("00108501234A")).hasMessageContaining("chỉ gồm chữ số");
        assertThatThrownBy(() -> PersonalId.parse("  ")).hasMessageContaining("Cần nhập");
        assertThatThrownBy(() -> PersonalId.parse(null)).hasMessageContaining("Cần nhập");
    }

    @Test
    void theMaskedFormHidesTheMiddleDigits() {
        assertThat(PersonalId.parse("001085012345").masked()).isEqualTo("001******345");
        assertThat(PersonalId.parse("001085012345").toString()).doesNotContain("085012");
    }

    @Test
    void theAllowListHoldsTheSixtyThreeProvinces() {
        assertThat(PersonalId.PROVINCES).hasSize(63).contains("001", "079", "096").doesNotContain("003", "097");
    }
}
