package vn.motcua.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A sign-in account: an official's or a citizen's. The password is kept only as a PBKDF2 hash. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_kind", nullable = false, length = 20)
    private AccountKind kind;

    @Column
    private String email;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "position_title")
    private String positionTitle;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", length = 20)
    private PartyType partyType;

    @Column(name = "personal_id", length = 12)
    private String personalId;

    @Column(name = "tax_code", length = 14)
    private String taxCode;

    @Column(length = 20)
    private String phone;

    @Column(length = 500)
    private String address;

    @OneToMany(mappedBy = "account", cascade = jakarta.persistence.CascadeType.PERSIST, orphanRemoval = true)
    private List<RoleAssignment> roles = new ArrayList<>();

    protected UserAccount() {
    }

    static UserAccount official(String username, String displayName, String positionTitle, String email,
                                String passwordHash, Instant createdAt) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.displayName = displayName;
        account.positionTitle = positionTitle;
        account.email = email;
        account.passwordHash = passwordHash;
        account.kind = AccountKind.OFFICIAL;
        account.active = true;
        account.createdAt = createdAt;
        return account;
    }

    /**
     * A citizen's or organisation's own account, opened by registering: it cannot sign in until the e-mail address is
     * verified (see {@link CitizenAccounts}).
     */
    static UserAccount citizen(String username, PartyType partyType, String displayName, String email,
                               String passwordHash, Instant createdAt) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.partyType = partyType;
        account.displayName = displayName;
        account.email = email;
        account.passwordHash = passwordHash;
        account.kind = AccountKind.CITIZEN;
        account.active = true;
        account.emailVerified = false;
        account.createdAt = createdAt;
        account.roles.add(new RoleAssignment(account, Role.CITIZEN, null));
        return account;
    }

    void verifyEmail() {
        emailVerified = true;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The profile the citizen keeps (identifiers already checked by their value objects). */
    void describeCitizen(String displayName, String personalId, String taxCode, String phone, String address) {
        this.displayName = displayName;
        this.personalId = personalId;
        this.taxCode = taxCode;
        this.phone = phone;
        this.address = address;
    }

    /** Whether a password was ever set: accounts opened through the e-ID have none until a reset. */
    public boolean hasPassword() {
        return passwordHash != null && !passwordHash.startsWith(NO_PASSWORD);
    }

    /** The stored "hash" of an account without a password: matches no password. */
    static final String NO_PASSWORD = "!";

    void describe(String displayName, String positionTitle, String email, boolean active) {
        this.displayName = displayName;
        this.positionTitle = positionTitle;
        this.email = email;
        this.active = active;
    }

    boolean holds(Role role, vn.motcua.organization.OrgUnit unit) {
        return roles.stream().anyMatch(r -> r.getRole() == role && r.getUnit() != null
                && r.getUnit().getId().equals(unit.getId()));
    }

    void grant(Role role, vn.motcua.organization.OrgUnit unit) {
        roles.add(new RoleAssignment(this, role, unit));
    }

    boolean revoke(Role role, String unitCode) {
        return roles.removeIf(r -> r.getRole() == role && r.getUnit() != null && r.getUnit().getCode().equals(unitCode));
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountKind getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public PartyType getPartyType() {
        return partyType;
    }

    public String getPersonalId() {
        return personalId;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public Actor toActor() {
        List<Actor.Grant> grants = roles.stream()
                .map(r -> new Actor.Grant(r.getRole(), r.getUnit() == null ? null : r.getUnit().getCode()))
                .toList();
        return new Actor(id, username, displayName, grants);
    }
}
