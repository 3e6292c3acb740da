package vn.motcua.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.notification.infrastructure.NotificationConfiguration;

/** The public links printed on results: the verification page a result's QR code opens, on the portal's address. */
@ApplicationScoped
public class ResultLinks {

    @Inject
    NotificationConfiguration configuration;

    /** The applicant's page of a dossier, after signing in (printed as a QR code on its receipt). */
    public String lookup(String dossierCode) {
        return configuration.portalUrl() + "/citizen/dossier.xhtml?code=" + dossierCode;
    }

    /** The verification page of the result with key {@code verificationCode}. */
    public String verification(String verificationCode) {
        return configuration.portalUrl() + "/verify.xhtml?c=" + verificationCode;
    }
}
