package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;

/**
 * Officials and their roles per unit: who the caller is as the application services see them (including the roles
 * of officials they stand in for today), and the administrator's changes to accounts and roles, each audited.
 */
@ApplicationScoped
public class Officials {

    public static final String AUDIT_OBJECT = "OFFICIAL";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    @Inject
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    StandIns standIns;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller with their own grants plus those of the officials they stand in for today. */
    @Transactional
    public Optional<Actor> actorOf(String username) {
        return accounts.findByUsername(username).map(account -> {
            Actor own = account.toActor();
            if (account.getKind() != AccountKind.OFFICIAL) {
                return own;
            }
            Set<Actor.Grant> grants = new LinkedHashSet<>(own.grants());
            for (UserAccount absent : standIns.coveredBy(username)) {
                absent.toActor().grants().stream().filter(g -> g.role() != Role.ADMIN).forEach(grants::add);
            }
            return new Actor(own.accountId(), own.username(), own.displayName(), new ArrayList<>(grants));
        });
    }

    /** A unit's active officials who hold a role there, by name. */
    public List<OfficialView> holders(String unitCode, Role role) {
        return em.createQuery("""
                        select distinct a from RoleAssignment r join r.account a join r.unit u
                        where u.code = :unit and r.role = :role and a.active = true order by a.displayName""",
                        UserAccount.class)
                .setParameter("unit", unitCode).setParameter("role", role)
                .getResultStream()
                .map(a -> new OfficialView(a.getUsername(), a.getDisplayName(), a.getPositionTitle(), a.getEmail(),
                        a.isActive(), List.of()))
                .toList();
    }

    @Transactional
    public List<OfficialView> all() {
        return em.createQuery("""
                        select distinct a from UserAccount a left join fetch a.roles r left join fetch r.unit
                        where a.kind = :kind order by a.username""", UserAccount.class)
                .setParameter("kind", AccountKind.OFFICIAL)
                .getResultStream()
                .map(a -> new OfficialView(a.getUsername(), a.getDisplayName(), a.getPositionTitle(), a.getEmail(),
                        a.isActive(), a.toActor().grants()))
                .toList();
    }

    /** Opens an account for an official; the password arrives hashed by the container's PBKDF2 hasher. */
    @Transactional
    public void create(Actor admin, String username, String displayName, String positionTitle, String email,
                       String passwordHash) {
        admin.requireAdmin("manage officials");
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidRequestException("Tên đăng nhập gồm 3–100 ký tự thường không dấu, chữ số, dấu chấm, "
                    + "gạch dưới hoặc gạch ngang");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new InvalidRequestException("Tên đăng nhập " + username + " đã có");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidRequestException("Cần nhập họ và tên");
        }
        em.persist(UserAccount.official(username, displayName.trim(), blankToNull(positionTitle), blankToNull(email),
                passwordHash, clock.instant()));
        em.flush();
        audit.record(admin, new AuditedChange("OFFICIAL_CREATED", AUDIT_OBJECT, username, null, null,
                displayName.trim(), null));
    }

    @Transactional
    public void update(Actor admin, String username, String displayName, String positionTitle, String email,
                       boolean active) {
        admin.requireAdmin("manage officials");
        UserAccount account = account(username);
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidRequestException("Cần nhập họ và tên");
        }
        String before = account.getDisplayName() + "; " + account.getPositionTitle() + "; "
                + (account.isActive() ? "đang làm việc" : "đã khóa");
        account.describe(displayName.trim(), blankToNull(positionTitle), blankToNull(email), active);
        audit.record(admin, new AuditedChange("OFFICIAL_UPDATED", AUDIT_OBJECT, username, null, before,
                displayName.trim() + "; " + positionTitle + "; " + (active ? "đang làm việc" : "đã khóa"), null));
    }

    @Transactional
    public void grant(Actor admin, String username, Role role, String unitCode) {
        admin.requireAdmin("manage officials");
        UserAccount account = account(username);
        if (role == null || role == Role.CITIZEN) {
            throw new InvalidRequestException("Chọn một vai trò của cán bộ");
        }
        OrgUnit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new InvalidRequestException("Không có đơn vị mã " + unitCode));
        if (account.holds(role, unit)) {
            throw new InvalidRequestException(account.getDisplayName() + " đã có vai trò này tại " + unit.getName());
        }
        account.grant(role, unit);
        em.flush();
        audit.record(admin, new AuditedChange("ROLE_GRANTED", AUDIT_OBJECT, username, unitCode, null,
                role.name() + " tại " + unitCode, null));
    }

    @Transactional
    public void revoke(Actor admin, String username, Role role, String unitCode, String reason) {
        admin.requireAdmin("manage officials");
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Cần ghi lý do thu hồi vai trò");
        }
        UserAccount account = account(username);
        if (!account.revoke(role, unitCode)) {
            throw new InvalidRequestException(account.getDisplayName() + " không có vai trò " + role + " tại "
                    + unitCode);
        }
        audit.record(admin, new AuditedChange("ROLE_REVOKED", AUDIT_OBJECT, username, unitCode,
                role.name() + " tại " + unitCode, null, reason.trim()));
    }

    private UserAccount account(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new InvalidRequestException("Không có tài khoản " + username));
        if (account.getKind() != AccountKind.OFFICIAL) {
            throw new InvalidRequestException("Tài khoản " + username + " không phải tài khoản cán bộ");
        }
        return account;
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
