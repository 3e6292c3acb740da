package vn.motcua.identity;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tax code (mã số thuế) as Circular 86/2024/TT-BTC writes it: ten digits {@code N1…N10}, the tenth a check digit,
 * optionally followed by {@code -N11N12N13} (001–999) for a dependent unit such as a branch. Individuals, households
 * and household businesses use their 12-digit personal ID as their tax code, so that form is accepted too.
 *
 * <p>Check digit: {@code S = Σ Ni·Wi} over the first nine digits with {@code W = (31, 29, 23, 19, 17, 13, 7, 5, 3)};
 * {@code N10 = 10 − (S mod 11)}. When {@code S mod 11 = 0} the formula gives 10, which no digit can hold and on which
 * implementations disagree: such a code is accepted with a {@linkplain #warnings(Year) warning} rather than refused.
 * The branch suffix carries no check.
 */
public record TaxCode(String value, Form form) {

    /** The shape of the code. */
    public enum Form {
        /** Ten digits: an enterprise, organisation or individual with their own tax code. */
        TEN_DIGITS,
        /** Thirteen digits {@code NNNNNNNNNN-NNN}: a dependent unit (branch) of the ten-digit code. */
        BRANCH,
        /** A 12-digit personal ID used as the tax code of an individual or household. */
        PERSONAL_ID
    }

    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final Pattern TEN = Pattern.compile("(\\d{10})");
    private static final Pattern THIRTEEN = Pattern.compile("(\\d{10})-?(\\d{3})");
    private static final Pattern TWELVE = Pattern.compile("\\d{12}");

    public TaxCode {
        Objects.requireNonNull(value, "value is required");
        Objects.requireNonNull(form, "form is required");
    }

    /**
     * Reads a tax code as typed (spaces ignored, the branch dash optional).
     *
     * @throws InvalidRequestException with a Vietnamese message when the shape or the check digit is wrong
     */
    public static TaxCode parse(String typed) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (code.isEmpty()) {
            throw new InvalidRequestException("Cần nhập mã số thuế");
        }
        if (TWELVE.matcher(code).matches()) {
            PersonalId.parse(code);
            return new TaxCode(code, Form.PERSONAL_ID);
        }
        Matcher ten = TEN.matcher(code);
        if (ten.matches()) {
            requireCheckDigit(code);
            return new TaxCode(code, Form.TEN_DIGITS);
        }
        Matcher thirteen = THIRTEEN.matcher(code);
        if (thirteen.matches()) {
            requireCheckDigit(thirteen.group(1));
            if ("000".equals(thirteen.group(2))) {
                throw new InvalidRequestException("Ba chữ số của đơn vị phụ thuộc sau dấu gạch ngang phải từ 001 đến 999");
            }
            return new TaxCode(thirteen.group(1) + "-" + thirteen.group(2), Form.BRANCH);
        }
        throw new InvalidRequestException("Mã số thuế gồm 10 chữ số, hoặc 13 chữ số viết dạng 0100109106-001 cho đơn "
                + "vị phụ thuộc, hoặc số định danh cá nhân 12 chữ số cho cá nhân, hộ kinh doanh");
    }

    /** {@code S mod 11} of the first nine digits. */
    static int remainder(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11;
    }

    private static void requireCheckDigit(String tenDigits) {
        int remainder = remainder(tenDigits);
        if (remainder == 0) {
            return; // the formula gives 10: not checkable, flagged by warnings()
        }
        if (tenDigits.charAt(9) - '0' != 10 - remainder) {
            throw new InvalidRequestException("Mã số thuế " + tenDigits + " không đúng: chữ số cuối (chữ số kiểm tra) "
                    + "không khớp với 9 chữ số đầu; vui lòng kiểm tra lại");
        }
    }

    /** The ten-digit code of the taxpayer (for a branch, of its parent); the personal ID for the personal form. */
    public String taxpayer() {
        return form == Form.BRANCH ? value.substring(0, 10) : value;
    }

    /** Whether the check digit could not be verified because the formula gives 10. */
    public boolean checkDigitUnverifiable() {
        return form != Form.PERSONAL_ID && remainder(taxpayer()) == 0;
    }

    /** What could not be verified, in Vietnamese, for the holder to check (never a refusal). */
    public List<String> warnings(Year thisYear) {
        List<String> warnings = new ArrayList<>();
        if (checkDigitUnverifiable()) {
            warnings.add("Không kiểm tra được chữ số cuối của mã số thuế " + taxpayer()
                    + "; vui lòng đối chiếu với giấy chứng nhận đăng ký thuế");
        }
        if (form == Form.PERSONAL_ID) {
            warnings.addAll(PersonalId.parse(value).warnings(thisYear));
        }
        return warnings;
    }

    @Override
    public String toString() {
        return value;
    }
}
