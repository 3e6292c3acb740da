package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.logging.Logger;

/**
 * A signer re-confirms who they are before a signature is made in their name: a signed session alone is not enough
 * for a legal signature. Checks the password against the account's stored hash; a one-time code provider would plug
 * in here.
 */
@ApplicationScoped
public class SigningConfirmation {

    private static final Logger LOG = Logger.getLogger(SigningConfirmation.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash hash;

    /**
     * Checks the signer's password; the caller clears the array when the use case is over (it may be run again).
     *
     * @throws SigningNotConfirmedException when the password is missing or wrong, or the account is not active
     */
    public void confirm(Actor signer, char[] password) {
        if (password == null || password.length == 0) {
            throw new SigningNotConfirmedException("nhập mật khẩu để xác nhận ký số");
        }
        UserAccount account = accounts.findByUsername(signer.username()).filter(UserAccount::isActive)
                .orElseThrow(() -> new SigningNotConfirmedException("tài khoản không được phép ký"));
        if (account.getPasswordHash() == null || !hash.verify(password, account.getPasswordHash())) {
            LOG.warning(() -> "signing not confirmed by " + signer.username() + ": wrong password");
            throw new SigningNotConfirmedException("mật khẩu xác nhận ký số không đúng");
        }
    }
}
