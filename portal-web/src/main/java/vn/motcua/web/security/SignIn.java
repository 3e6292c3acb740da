package vn.motcua.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import vn.motcua.web.shared.Messages;

/** The sign-in and sign-out form. After signing in, officials land in their workspace and citizens in theirs. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    Messages messages;

    @Inject
    PortalIdentityStore identityStore;

    @Inject
    vn.motcua.identity.CitizenAccounts citizenAccounts;

    private boolean awaitingVerification;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username.strip(), new Password(password)))
                        .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SEND_FAILURE -> refused();
            case SUCCESS -> external.redirect(external.getRequestContextPath()
                    + PortalAuthenticationMechanism.takeReturnTo((HttpServletRequest) external.getRequest())
                    .orElse(security.isCallerInRole("CITIZEN") ? "/citizen/dossiers.xhtml" : "/workspace/index.xhtml"));
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("signin.failed"), null));
        }
    }

    /** Says why: a wrong name or password, or (with the right password) an e-mail address still to verify. */
    private void refused() {
        if (identityStore.awaitsVerification(username.strip(), password.toCharArray())) {
            awaitingVerification = true;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.get("signin.unverified"), null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("signin.failed"), null));
        }
    }

    /** Sends a new verification link to the address typed as the sign-in name (silent for any other). */
    public void resendVerification() {
        if (username != null) {
            citizenAccounts.resendVerification(username.strip());
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("signin.verificationSent"),
                null));
    }

    public boolean isAwaitingVerification() {
        return awaitingVerification;
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
