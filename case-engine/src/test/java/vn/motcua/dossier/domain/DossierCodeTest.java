package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeTest {

    private static final String AGENCY = "000.30.01.H29";
    private static final LocalDate DAY = LocalDate.of(2026, 2, 14);

    @Test
    void codeIsAgencyThenBusinessDateThenSequence() {
        assertThat(DossierCode.of(AGENCY, DAY, 1).value()).isEqualTo("000.30.01.H29-260214-0001");
    }

    @Test
    void sequenceIsZeroPaddedToFourDigits() {
        assertThat(DossierCode.of(AGENCY, DAY, 42).value()).endsWith("-0042");
        assertThat(DossierCode.of(AGENCY, DAY, 9999).value()).endsWith("-9999");
    }

    @Test
    void sequenceWidensPastNineThousandNineHundredNinetyNine() {
        assertThat(DossierCode.of(AGENCY, DAY, 10000).value()).isEqualTo("000.30.01.H29-260214-10000");
        assertThat(DossierCode.of(AGENCY, DAY, 123456).value()).endsWith("-123456");
    }

    @Test
    void dateUsesTwoDigitYearMonthAndDay() {
        assertThat(DossierCode.of(AGENCY, LocalDate.of(2025, 7, 1), 7).value())
                .isEqualTo("000.30.01.H29-250701-0007");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void sequenceStartsAtOne(int sequence) {
        assertThatIllegalArgumentException().isThrownBy(() -> DossierCode.of(AGENCY, DAY, sequence))
                .withMessageContaining("sequence");
    }

    @Test
    void agencyCodeIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> DossierCode.of(null, DAY, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "000.30.01.H29-260214-0001",
        "000.30.01.H29-260214-10000",
        "H29-991231-0001"
    })
    void wellFormedCodesAreAccepted(String value) {
        assertThat(new DossierCode(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "000.30.01.H29",
        "000.30.01.H29-260214",
        "000.30.01.H29-260214-001",
        "000.30.01.H29-20260214-0001",
        "000.30.01.h29-260214-0001",
        "000 30 01 H29-260214-0001",
        "-260214-0001",
        "000.30.01.H29-260214-0001 ",
        "000.30.01.H29-26O214-0001"
    })
    void malformedCodesAreRejected(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode(value))
                .withMessageContaining("not a dossier code");
    }

    @Test
    void nullIsNotACode() {
        assertThatNullPointerException().isThrownBy(() -> new DossierCode(null));
    }

    @Test
    void codesWithTheSameValueAreEqualAndPrintAsTheirValue() {
        DossierCode code = DossierCode.of(AGENCY, DAY, 5);

        assertThat(code).isEqualTo(new DossierCode("000.30.01.H29-260214-0005"));
        assertThat(code).hasToString("000.30.01.H29-260214-0005");
    }

    @Test
    void theSequenceIsWrittenInAsciiDigitsWhateverTheServersLocale() {
        java.util.Locale previous = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-SA"));
            assertThat(DossierCode.of("000.30.01.H29", LocalDate.of(2026, 11, 21), 7).value())
                    .isEqualTo("000.30.01.H29-261121-0007");
        } finally {
            java.util.Locale.setDefault(previous);
        }
    }
}
