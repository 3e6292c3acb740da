package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.integration.application.Outbox;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.notification.domain.EmailPayload;
import vn.motcua.notification.infrastructure.NotificationConfiguration;
import vn.motcua.notification.infrastructure.NotificationTemplates;

/**
 * Citizens' and organisations' own accounts. The life cycle of an account: a visitor registers and the account is
 * opened unverified, with a one-time link e-mailed through the outbox; following the link verifies the address and
 * only then may the account sign in. A forgotten password is replaced through another one-time link. A person who
 * signs in through the national e-ID gets a verified account linked to the provider's (issuer, subject) on first
 * sign-in, and the same account every time after.
 */
@ApplicationScoped
public class CitizenAccounts {

    public static final String AUDIT_OBJECT = "ACCOUNT";
    static final String HASH_ITERATIONS = "310000";

    private static final Logger LOG = Logger.getLogger(CitizenAccounts.class.getName());

    @Inject
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Outbox outbox;

    @Inject
    NotificationConfiguration notifications;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "motcua.accounts.verification-valid-for", defaultValue = "PT24H")
    String verificationValidFor;

    @Inject
    @ConfigProperty(name = "motcua.accounts.reset-valid-for", defaultValue = "PT1H")
    String resetValidFor;

    /**
     * Opens an unverified account and e-mails the verification link. The account signs in with its e-mail address or
     * its user name, made from the part of the address before the {@code @} (so logs that name the user do not carry
     * the whole address).
     *
     * @param password cleared here
     * @throws InvalidRequestException naming the field at fault: a missing name, an e-mail already registered, a weak
     *                                 password, a malformed phone, personal ID or tax code
     */
    @Transactional
    public String register(Registration registration, char[] password) {
        try {
            PartyType type = registration.partyType() == null ? PartyType.INDIVIDUAL : registration.partyType();
            String name = requireName(registration.name(), type);
            String email = ContactDetails.email(registration.email());
            PasswordPolicy.check(password, email);
            String phone = ContactDetails.phone(registration.phone());
            String personalId = blank(registration.personalId()) ? null
                    : PersonalId.parse(registration.personalId()).value();
            String taxCode = null;
            if (type == PartyType.ORGANISATION) {
                taxCode = TaxCode.parse(registration.taxCode()).value();
            }
            if (accounts.findCitizenByEmail(email).isPresent() || accounts.findByUsername(email).isPresent()) {
                throw new InvalidRequestException("Địa chỉ thư điện tử " + email + " đã được dùng để đăng ký. Hãy đăng "
                        + "nhập, hoặc dùng chức năng Quên mật khẩu nếu không nhớ mật khẩu");
            }
            UserAccount account = UserAccount.citizen(newUsername(email), type, name, email, hash(password),
                    clock.instant());
            account.describeCitizen(name, personalId, taxCode, phone, null);
            em.persist(account);
            em.flush();
            sendLink(account, AccountToken.Purpose.VERIFY_EMAIL, "account-verify-email", "/verify-email.xhtml",
                    duration(verificationValidFor, "motcua.accounts.verification-valid-for"));
            LOG.info(() -> "Registered citizen account " + account.getId());
            return account.getUsername();
        } finally {
            clear(password);
        }
    }

    /** Sends a fresh verification link to an unverified account's address; silent for any other address. */
    @Transactional
    public void resendVerification(String email) {
        accounts.findCitizenByEmail(email).filter(a -> !a.isEmailVerified()).ifPresent(account ->
                sendLink(account, AccountToken.Purpose.VERIFY_EMAIL, "account-verify-email", "/verify-email.xhtml",
                        duration(verificationValidFor, "motcua.accounts.verification-valid-for")));
    }

    /**
     * Verifies the address the link was sent to; the link works once.
     *
     * @return the user name, to offer signing in
     * @throws InvalidRequestException when the link is unknown, used or expired
     */
    @Transactional
    public String verifyEmail(String token) {
        AccountToken used = take(token, AccountToken.Purpose.VERIFY_EMAIL,
                "Đường dẫn xác nhận không đúng, đã được dùng hoặc đã hết hạn. Hãy đăng nhập để được gửi đường dẫn mới");
        used.getAccount().verifyEmail();
        return used.getAccount().getUsername();
    }

    /**
     * E-mails a password-reset link when a citizen account has this address; does the same visible nothing otherwise,
     * so the answer tells nobody whether an address is registered.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        accounts.findCitizenByEmail(address).filter(UserAccount::isActive).ifPresent(account ->
                sendLink(account, AccountToken.Purpose.RESET_PASSWORD, "account-reset-password",
                        "/password-reset.xhtml", duration(resetValidFor, "motcua.accounts.reset-valid-for")));
    }

    /** Whether a reset link can still be used, so the page can say so before the visitor types a password. */
    @Transactional
    public boolean resetLinkUsable(String token) {
        return find(token, AccountToken.Purpose.RESET_PASSWORD).filter(t -> t.usableAt(clock.instant())).isPresent();
    }

    /**
     * Sets a new password through a reset link, which works once. Following the link proves the address, so an
     * unverified account becomes verified.
     *
     * @param password cleared here
     * @throws InvalidRequestException for a weak password, or a link unknown, used or expired
     */
    @Transactional
    public String resetPassword(String token, char[] password) {
        try {
            Optional<AccountToken> found = find(token, AccountToken.Purpose.RESET_PASSWORD)
                    .filter(t -> t.usableAt(clock.instant()));
            if (found.isEmpty()) {
                throw new InvalidRequestException("Đường dẫn đặt lại mật khẩu không đúng, đã được dùng hoặc đã hết hạn. "
                        + "Hãy yêu cầu đường dẫn mới");
            }
            UserAccount account = found.get().getAccount();
            PasswordPolicy.check(password, account.getEmail());
            found.get().use(clock.instant());
            account.changePassword(hash(password));
            account.verifyEmail();
            LOG.info(() -> "Password reset for account " + account.getId());
            return account.getUsername();
        } finally {
            clear(password);
        }
    }

    /** Whether this sign-in name belongs to a citizen account that waits for its e-mail address to be verified. */
    @Transactional
    public boolean awaitsVerification(String signInName) {
        return accounts.findBySignInName(signInName).filter(a -> a.getKind() == AccountKind.CITIZEN)
                .filter(a -> !a.isEmailVerified()).isPresent();
    }

    /** The user name of the account linked to a person of an external provider, if one is (for bearer tokens). */
    public Optional<String> linkedAccount(String issuer, String subject) {
        return em.createQuery("""
                        select l.account.username from ExternalLogin l
                        where l.issuer = :issuer and l.subject = :subject""", String.class)
                .setParameter("issuer", issuer).setParameter("subject", subject)
                .getResultStream().findFirst();
    }

    /**
     * The account of a person the external provider vouched for: the one linked to (issuer, subject), else a new
     * verified citizen account linked to it, with the name, e-mail and personal ID the provider gave.
     *
     * @return the user name to sign in
     */
    @Transactional
    public String signInExternal(ExternalIdentity identity) {
        Optional<ExternalLogin> linked = em.createQuery("""
                        select l from ExternalLogin l join fetch l.account
                        where l.issuer = :issuer and l.subject = :subject""", ExternalLogin.class)
                .setParameter("issuer", identity.issuer()).setParameter("subject", identity.subject())
                .getResultStream().findFirst();
        if (linked.isPresent()) {
            return linked.get().getAccount().getUsername();
        }
        String username = "eid." + SecretTokens.sha256(identity.issuer() + "|" + identity.subject()).substring(0, 20);
        String email = null;
        if (!blank(identity.email())) {
            try {
                String candidate = ContactDetails.email(identity.email());
                email = accounts.findCitizenByEmail(candidate).isPresent() ? null : candidate;
            } catch (InvalidRequestException e) {
                // the provider's e-mail claim is not usable: leave the address for the profile
            }
        }
        String name = blank(identity.name()) ? "Công dân" : identity.name().strip();
        UserAccount account = UserAccount.citizen(username, PartyType.INDIVIDUAL, name, email,
                UserAccount.NO_PASSWORD, clock.instant());
        account.verifyEmail();
        String personalId = null;
        if (!blank(identity.personalId())) {
            try {
                personalId = PersonalId.parse(identity.personalId()).value();
            } catch (InvalidRequestException e) {
                // not a personal ID: the citizen enters it on the profile
            }
        }
        account.describeCitizen(name, personalId, null, null, null);
        em.persist(account);
        em.persist(new ExternalLogin(account, identity.issuer(), identity.subject(), clock.instant()));
        em.flush();
        LOG.info(() -> "Opened account " + account.getId() + " for a person signed in through " + identity.issuer());
        return username;
    }

    /** A free user name from the address's local part: {@code mai.tran}, else {@code mai.tran2}, {@code mai.tran3}… */
    private String newUsername(String email) {
        String base = email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9._-]", "");
        if (base.length() < 3) {
            base = "congdan." + base;
        }
        base = base.length() > 60 ? base.substring(0, 60) : base;
        String candidate = base;
        for (int n = 2; accounts.findByUsername(candidate).isPresent(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private void sendLink(UserAccount account, AccountToken.Purpose purpose, String template, String page,
                          Duration validFor) {
        if (account.getEmail() == null) {
            return;
        }
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        em.persist(new AccountToken(account, purpose, SecretTokens.sha256(token), now, now.plus(validFor)));
        Map<String, Object> model = new HashMap<>();
        model.put("name", account.getDisplayName());
        model.put("link", notifications.portalUrl() + page + "?token=" + token);
        model.put("validHours", Math.max(1, validFor.toHours()));
        model.put("portalUrl", notifications.portalUrl());
        NotificationTemplates.Rendered mail = notifications.templates().email(template, model);
        outbox.enqueue(new NewMessage(AUDIT_OBJECT, account.getUsername(), OutboxChannel.EMAIL, "ACCOUNT_" + purpose,
                new EmailPayload(account.getEmail(), mail.subject(), mail.text()).toJson(),
                AUDIT_OBJECT + ":" + purpose + ":" + SecretTokens.sha256(token).substring(0, 32)));
    }

    private AccountToken take(String token, AccountToken.Purpose purpose, String refusal) {
        AccountToken found = find(token, purpose).filter(t -> t.usableAt(clock.instant()))
                .orElseThrow(() -> new InvalidRequestException(refusal));
        found.use(clock.instant());
        return found;
    }

    private Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
        if (blank(token) || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select t from AccountToken t join fetch t.account
                        where t.tokenHash = :hash and t.purpose = :purpose""", AccountToken.class)
                .setParameter("hash", SecretTokens.sha256(token.strip())).setParameter("purpose", purpose)
                .getResultStream().findFirst();
    }

    private String hash(char[] password) {
        passwordHash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", HASH_ITERATIONS));
        return passwordHash.generate(password);
    }

    static String requireName(String name, PartyType type) {
        if (blank(name)) {
            throw new InvalidRequestException(type == PartyType.ORGANISATION ? "Cần nhập tên tổ chức"
                    : "Cần nhập họ và tên");
        }
        if (name.strip().length() > 255) {
            throw new InvalidRequestException("Tên dài tối đa 255 ký tự");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    private static Duration duration(String value, String property) {
        try {
            return Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException(property + " must be an ISO-8601 duration such as PT24H", e);
        }
    }

    private static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
