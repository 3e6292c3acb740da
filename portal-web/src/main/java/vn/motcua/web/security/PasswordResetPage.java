package vn.motcua.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.identity.CitizenAccounts;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.web.shared.Messages;

/**
 * A forgotten password: without a token the visitor asks for a link (the answer is the same whether the address is
 * registered or not); with the token of that link they set a new password.
 */
@Named
@ViewScoped
public class PasswordResetPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CitizenAccounts accounts;

    @Inject
    transient Messages messages;

    private String token;
    private String email;
    private String password;
    private String passwordAgain;
    private boolean requested;
    private boolean done;
    private Boolean linkUsable;

    public void request() {
        accounts.requestPasswordReset(email);
        requested = true;
    }

    public void setNewPassword() {
        if (password == null || !password.equals(passwordAgain)) {
            FacesContext.getCurrentInstance().addMessage("reset:passwordAgain", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("register.passwordsDiffer"), null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            accounts.resetPassword(token, password.toCharArray());
            done = true;
        } catch (InvalidRequestException e) {
            FacesContext.getCurrentInstance().addMessage("reset:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            FacesContext.getCurrentInstance().validationFailed();
        } finally {
            password = null;
            passwordAgain = null;
        }
    }

    /** Whether the page was opened from a reset link. */
    public boolean isWithToken() {
        return token != null && !token.isBlank();
    }

    /** Whether the link can still be used (checked once per request). */
    public boolean isLinkUsable() {
        if (linkUsable == null) {
            linkUsable = isWithToken() && accounts.resetLinkUsable(token);
        }
        return linkUsable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
        this.linkUsable = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }

    public boolean isRequested() {
        return requested;
    }

    public boolean isDone() {
        return done;
    }
}
