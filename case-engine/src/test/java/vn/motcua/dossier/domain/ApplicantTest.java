package vn.motcua.dossier.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicantTest {

    private static final String NAME = "Nguyễn Văn An";

    @ParameterizedTest
    @ValueSource(strings = {"079200001234", "001099012345", "123456789"})
    void twelveDigitAndLegacyNineDigitPersonalIdsAreAccepted(String personalId) {
        assertThat(new Applicant(NAME, personalId, null, null).getPersonalId()).isEqualTo(personalId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12345678901", "1234567890123", "07920000123A",
        "0792-0000-1234", "+79200001234", "０７９２００００１２３４"})
    void personalIdsOfAnyOtherShapeAreRejected(String personalId) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Applicant(NAME, personalId, null, null))
                .withMessageContaining("personal ID");
    }

    @Test
    void maskingKeepsOnlyTheLastThreeDigits() {
        assertThat(new Applicant(NAME, "079200001234", null, null).maskedPersonalId()).isEqualTo("*********234");
        assertThat(new Applicant(NAME, "123456789", null, null).maskedPersonalId()).isEqualTo("******789");
    }

    @Test
    void maskingWithoutAPersonalIdGivesNull() {
        assertThat(new Applicant(NAME, null, null, null).maskedPersonalId()).isNull();
    }

    @Test
    void blankOptionalFieldsBecomeNull() {
        Applicant applicant = new Applicant(NAME, "  ", "", " \t ");

        assertThat(applicant.getPersonalId()).isNull();
        assertThat(applicant.getPhone()).isNull();
        assertThat(applicant.getEmail()).isNull();
        assertThat(applicant.maskedPersonalId()).isNull();
    }

    @Test
    void nameAndEmailAreStripped() {
        Applicant applicant = new Applicant("  Nguyễn Văn An ", null, null, " an@example.invalid ");

        assertThat(applicant.getName()).isEqualTo(NAME);
        assertThat(applicant.getEmail()).isEqualTo("an@example.invalid");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void nameIsRequired(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Applicant(name, null, null, null))
                .withMessageContaining("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "+84912345678", "912345678", "842838291234567"})
    void phoneNumbersOfNineToFifteenDigitsAreAccepted(String phone) {
        assertThat(new Applicant(NAME, null, phone, null).getPhone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"09123456", "0912 345 678", "0912-345-678", "(028)38291234", "84+912345678",
        "8428382912345678", "091234567x"})
    void phoneNumbersOfAnyOtherShapeAreRejected(String phone) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Applicant(NAME, null, phone, null))
                .withMessageContaining("phone");
    }

    @Test
    void applicantsWithTheSameNameAndPersonalIdAreEqual() {
        Applicant first = new Applicant(NAME, "079200001234", "0912345678", null);
        Applicant second = new Applicant(NAME, "079200001234", null, "an@example.invalid");

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first).isNotEqualTo(new Applicant(NAME, "079200004321", null, null));
    }
}
