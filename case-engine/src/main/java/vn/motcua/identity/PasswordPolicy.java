package vn.motcua.identity;

/**
 * What a citizen's password must be: at least 8 characters with a letter and a digit, not the e-mail address. Long
 * passphrases are welcome (up to 128 characters); no other composition rules, which only make people write passwords
 * down.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** @throws InvalidRequestException with a Vietnamese message saying what is missing */
    public static void check(char[] password, String email) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new InvalidRequestException("Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự, gồm cả chữ và số");
        }
        if (password.length > MAX_LENGTH) {
            throw new InvalidRequestException("Mật khẩu dài tối đa " + MAX_LENGTH + " ký tự");
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            throw new InvalidRequestException("Mật khẩu cần có cả chữ và số");
        }
        if (email != null && new String(password).equalsIgnoreCase(email.strip())) {
            throw new InvalidRequestException("Mật khẩu không được trùng với địa chỉ thư điện tử");
        }
    }
}
