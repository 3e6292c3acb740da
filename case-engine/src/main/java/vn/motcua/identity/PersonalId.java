package vn.motcua.identity;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A personal identification number: the 12-digit số định danh cá nhân printed on the chip ID card, or a legacy 9-digit
 * CMND number, which still appears and is kept typed as legacy (DVCQG sends them as LoaiDinhDanh 1 and 2).
 *
 * <p>The 12 digits are the only hard rule: the number has no public check digit, and the encoding of its first six
 * digits (province of birth registration, century and gender, year of birth) was set by a circular that has expired.
 * A mismatch in that structure is therefore reported as a {@linkplain #warnings(Year) warning}, never a refusal.
 */
public record PersonalId(String value, Kind kind) {

    /** Which kind of number it is. */
    public enum Kind {
        /** Số định danh cá nhân / CCCD, 12 digits. */
        PERSONAL_ID,
        /** Chứng minh nhân dân, 9 digits (legacy). */
        LEGACY_CMND
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Provinces of birth registration: the 63 provinces before the 2025 merger (codes are not contiguous). */
    static final Set<String> PROVINCES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024",
            "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045",
            "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070",
            "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093",
            "094", "095", "096");

    public PersonalId {
        Objects.requireNonNull(value, "value is required");
        Objects.requireNonNull(kind, "kind is required");
    }

    /**
     * Reads a number as typed: spaces and dots between digit groups are ignored.
     *
     * @throws InvalidRequestException with a Vietnamese message when it is not 12 (or 9) digits
     */
    public static PersonalId parse(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s.]", "");
        if (digits.isEmpty()) {
            throw new InvalidRequestException("Cần nhập số định danh cá nhân");
        }
        if (!DIGITS.matcher(digits).matches()) {
            throw new InvalidRequestException("Số định danh cá nhân chỉ gồm chữ số");
        }
        return switch (digits.length()) {
            case 12 -> new PersonalId(digits, Kind.PERSONAL_ID);
            case 9 -> new PersonalId(digits, Kind.LEGACY_CMND);
            default -> throw new InvalidRequestException("Số định danh cá nhân gồm 12 chữ số (số CMND cũ gồm 9 chữ số); "
                    + "số đã nhập có " + digits.length() + " chữ số");
        };
    }

    public boolean isLegacy() {
        return kind == Kind.LEGACY_CMND;
    }

    /** The province (or country) code of birth registration, digits 1–3; empty for a legacy number. */
    public String registrationCode() {
        return isLegacy() ? "" : value.substring(0, 3);
    }

    /** Whether the holder is recorded as female (even century-gender digit = male); null for a legacy number. */
    public Boolean female() {
        return isLegacy() ? null : (value.charAt(3) - '0') % 2 == 1;
    }

    /** The year of birth the digits encode (century from digit 4, last two digits from 5–6); null for a legacy number. */
    public Integer birthYear() {
        if (isLegacy()) {
            return null;
        }
        int century = (value.charAt(3) - '0') / 2;
        return 1900 + century * 100 + Integer.parseInt(value.substring(4, 6));
    }

    /**
     * What does not fit the documented structure, in Vietnamese, for the holder to check (never a refusal): an unknown
     * province code, a year of birth in the future or implausibly far back. A legacy number gets a reminder that the
     * 12-digit number is expected now.
     *
     * @param thisYear the current year (from the application clock)
     */
    public List<String> warnings(Year thisYear) {
        List<String> warnings = new ArrayList<>();
        if (isLegacy()) {
            warnings.add("Đây là số chứng minh nhân dân cũ (9 chữ số); nên dùng số định danh cá nhân 12 chữ số "
                    + "in trên thẻ căn cước");
            return warnings;
        }
        if (!PROVINCES.contains(registrationCode())) {
            warnings.add("Ba chữ số đầu (" + registrationCode() + ") không phải mã tỉnh, thành phố nơi đăng ký khai "
                    + "sinh; vui lòng kiểm tra lại");
        }
        int year = birthYear();
        if (year > thisYear.getValue()) {
            warnings.add("Chữ số thứ 4 đến thứ 6 cho năm sinh " + year + ", sau năm hiện tại; vui lòng kiểm tra lại");
        } else if (year < thisYear.getValue() - 130) {
            warnings.add("Chữ số thứ 4 đến thứ 6 cho năm sinh " + year + ", quá xa; vui lòng kiểm tra lại");
        }
        return warnings;
    }

    /** The number with its last digits hidden, for pages and messages that need not show it whole. */
    public String masked() {
        return value.substring(0, 3) + "*".repeat(value.length() - 6) + value.substring(value.length() - 3);
    }

    @Override
    public String toString() {
        return masked();
    }
}
