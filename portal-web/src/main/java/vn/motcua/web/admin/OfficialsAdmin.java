package vn.motcua.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.OfficialView;
import vn.motcua.identity.Officials;
import vn.motcua.identity.Role;
import vn.motcua.identity.StandInView;
import vn.motcua.identity.StandIns;
import vn.motcua.web.shared.Messages;

/**
 * Officials for administrators: accounts with their roles per unit, opening and correcting an account, granting and
 * revoking a role (with a reason), and the stand-ins in force or to come, named and revoked with a reason.
 */
@Named
@ViewScoped
public class OfficialsAdmin implements Serializable {

    /** Initial passwords must be at least this long. */
    static final int MIN_PASSWORD = 10;

    /** PBKDF2 iterations of new hashes, as for the accounts already stored (the hash carries them). */
    static final String HASH_ITERATIONS = "310000";

    @Inject
    transient Officials officials;

    @Inject
    transient StandIns standIns;

    @Inject
    transient Pbkdf2PasswordHash passwordHash;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private transient List<OfficialView> list;
    private transient List<StandInView> standInList;
    private boolean editing;
    private String username;
    private String displayName;
    private String position;
    private String email;
    private boolean active = true;
    private String password;
    private String grantUsername;
    private Role grantRole;
    private String grantUnit;
    private String revokeReason;
    private String absent;
    private String deputy;
    private LocalDate from;
    private LocalDate to;
    private String standInReason;
    private String standInRevokeReason;

    public List<OfficialView> getOfficials() {
        if (list == null) {
            list = officials.all();
        }
        return list;
    }

    public List<StandInView> getStandIns() {
        if (standInList == null) {
            standInList = standIns.current();
        }
        return standInList;
    }

    public void startEdit(String name) {
        getOfficials().stream().filter(o -> o.username().equals(name)).findFirst().ifPresent(o -> {
            username = o.username();
            displayName = o.displayName();
            position = o.positionTitle();
            email = o.email();
            active = o.active();
            editing = true;
        });
    }

    public void newOfficial() {
        editing = false;
        username = null;
        displayName = null;
        position = null;
        email = null;
        active = true;
        password = null;
    }

    public void saveOfficial() {
        if (editing) {
            act(() -> officials.update(actor, username, displayName, position, email, active), "adminOfficials.updated");
            return;
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            error(messages.get("adminOfficials.passwordTooShort", MIN_PASSWORD));
            return;
        }
        passwordHash.initialize(java.util.Map.of("Pbkdf2PasswordHash.Iterations", HASH_ITERATIONS));
        String hash = passwordHash.generate(password.toCharArray());
        password = null;
        act(() -> officials.create(actor, username == null ? null : username.trim(), displayName, position, email,
                hash), "adminOfficials.created");
    }

    public void grant() {
        act(() -> officials.grant(actor, grantUsername, grantRole, grantUnit), "adminOfficials.granted");
    }

    public void revoke(String name, Role role, String unitCode) {
        act(() -> officials.revoke(actor, name, role, unitCode, revokeReason), "adminOfficials.revoked");
    }

    public void nameStandIn() {
        if (absent == null || deputy == null) {
            error(messages.get("adminOfficials.chooseBoth"));
            return;
        }
        act(() -> standIns.name(actor, absent, deputy, from, to, standInReason), "adminOfficials.standInNamed");
    }

    public void revokeStandIn(long id) {
        act(() -> standIns.revoke(actor, id, standInRevokeReason), "adminOfficials.standInRevoked");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(doneKey), null));
            list = null;
            standInList = null;
            revokeReason = null;
            standInRevokeReason = null;
            if (doneKey.equals("adminOfficials.created") || doneKey.equals("adminOfficials.updated")) {
                newOfficial();
            }
        } catch (InvalidRequestException e) {
            error(e.getMessage());
        } catch (AccessDeniedException e) {
            error(messages.get("admin.forbidden"));
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public boolean isEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getGrantUsername() {
        return grantUsername;
    }

    public void setGrantUsername(String grantUsername) {
        this.grantUsername = grantUsername;
    }

    public Role getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(Role grantRole) {
        this.grantRole = grantRole;
    }

    public String getGrantUnit() {
        return grantUnit;
    }

    public void setGrantUnit(String grantUnit) {
        this.grantUnit = grantUnit;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public String getAbsent() {
        return absent;
    }

    public void setAbsent(String absent) {
        this.absent = absent;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getStandInReason() {
        return standInReason;
    }

    public void setStandInReason(String standInReason) {
        this.standInReason = standInReason;
    }

    public String getStandInRevokeReason() {
        return standInRevokeReason;
    }

    public void setStandInRevokeReason(String standInRevokeReason) {
        this.standInRevokeReason = standInRevokeReason;
    }
}
