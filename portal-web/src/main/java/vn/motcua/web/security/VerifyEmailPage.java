package vn.motcua.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.identity.CitizenAccounts;
import vn.motcua.identity.InvalidRequestException;

/** The page the verification link opens: verifies the address once and offers to sign in. */
@Named
@RequestScoped
public class VerifyEmailPage {

    @Inject
    CitizenAccounts accounts;

    private String token;
    private boolean verified;
    private String problem;

    public void verify() {
        try {
            accounts.verifyEmail(token);
            verified = true;
        } catch (InvalidRequestException e) {
            problem = e.getMessage();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getProblem() {
        return problem;
    }
}
