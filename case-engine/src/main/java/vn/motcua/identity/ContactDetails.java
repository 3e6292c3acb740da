package vn.motcua.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and normalises the e-mail address and phone number a citizen types. */
public final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("0\\d{9}");

    private ContactDetails() {
    }

    /** The address in lower case. @throws InvalidRequestException when it is missing or not an address */
    public static String email(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new InvalidRequestException("Cần nhập địa chỉ thư điện tử");
        }
        if (email.length() > 255 || !EMAIL.matcher(email).matches()) {
            throw new InvalidRequestException("Địa chỉ thư điện tử chưa đúng, ví dụ: ten@example.com");
        }
        return email;
    }

    /**
     * A Vietnamese phone number as 10 digits starting with 0 ({@code +84} becomes 0; spaces, dots and dashes are
     * ignored), or null when none was typed.
     */
    public static String phone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String phone = typed.replaceAll("[\\s.()-]", "");
        if (phone.startsWith("+84")) {
            phone = "0" + phone.substring(3);
        } else if (phone.startsWith("84") && phone.length() == 11) {
            phone = "0" + phone.substring(2);
        }
        if (!PHONE.matcher(phone).matches()) {
            throw new InvalidRequestException("Số điện thoại gồm 10 chữ số, ví dụ: 0912 345 678");
        }
        return phone;
    }
}
