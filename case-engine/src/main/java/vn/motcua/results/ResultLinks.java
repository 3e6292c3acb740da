package vn.motcua.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.notification.infrastructure.NotificationConfiguration;

/** The public links printed on results: the verification page a result's QR code opens, on the portal's address. */
@ApplicationScoped
public class ResultLinks {

    @Inject
    NotificationConfiguration configuration;

    /**
     * The public lookup of a dossier (printed as a QR code on its receipt): the code is filled in, the applicant adds
     * the last four digits of their phone; no sign-in needed.
     */
    public String lookup(String dossierCode) {
        return configuration.portalUrl() + "/lookup.xhtml?code="
                + java.net.URLEncoder.encode(dossierCode, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The verification page of the result with key {@code verificationCode}. */
    public String verification(String verificationCode) {
        return configuration.portalUrl() + "/verify.xhtml?c=" + verificationCode;
    }
}
