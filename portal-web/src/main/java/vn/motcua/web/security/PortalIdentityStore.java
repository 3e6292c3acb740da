package vn.motcua.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.identity.AccountRepository;
import vn.motcua.identity.UserAccount;

/**
 * Checks user names and passwords against the accounts stored here (PBKDF2 hashes, parameters kept in each hash)
 * and hands the container the account's roles as groups. Unit scoping of roles is checked by the application
 * services, which load the {@link vn.motcua.identity.Actor} of the caller.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(PortalIdentityStore.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> account = accounts.findBySignInName(login.getCaller());
        if (account.isEmpty() || !account.get().isActive() || !account.get().isEmailVerified()
                || !passwordMatches(account.get(), login.getPassword().getValue())) {
            LOG.info("Failed sign-in attempt");
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(account.get().getUsername(), account.get().toActor().roleNames());
    }

    /**
     * Whether the sign-in was refused only because the account's e-mail address is not verified yet: the password is
     * right (so the answer tells a stranger nothing), the account active.
     */
    public boolean awaitsVerification(String signInName, char[] password) {
        return accounts.findBySignInName(signInName)
                .filter(a -> a.isActive() && !a.isEmailVerified() && passwordMatches(a, password))
                .isPresent();
    }

    private boolean passwordMatches(UserAccount account, char[] password) {
        return account.hasPassword() && passwordHash.verify(password, account.getPasswordHash());
    }

    /**
     * The caller's roles, for a container that asks for the groups of an already authenticated caller (a session
     * applied again) instead of keeping the ones {@link #validate} returned: the same roles, read afresh.
     */
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return accounts.findByUsername(validationResult.getCallerPrincipal().getName())
                .filter(UserAccount::isActive)
                .map(account -> account.toActor().roleNames())
                .orElse(Set.of());
    }
}
