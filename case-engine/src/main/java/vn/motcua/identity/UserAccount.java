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

    public Actor toActor() {
        List<Actor.Grant> grants = roles.stream()
                .map(r -> new Actor.Grant(r.getRole(), r.getUnit() == null ? null : r.getUnit().getCode()))
                .toList();
        return new Actor(id, username, displayName, grants);
    }
}
