package vn.motcua.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.documents.rendering.QrCodes;
import vn.motcua.dossier.application.FilingConfirmation;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;

/**
 * The confirmation of a dossier filed online (GOV.UK's confirmation page): the dossier code, a QR code of its public
 * lookup address, when it was received, the expected appointment and what happens next. Only its applicant sees it.
 */
@Named
@RequestScoped
public class FilingConfirmationPage {

    @Inject
    FilingConfirmation confirmations;

    @Inject
    Actor actor;

    @Inject
    @ConfigProperty(name = "motcua.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    private String code;
    private FilingConfirmation.Confirmed confirmed;

    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            confirmed = confirmations.of(actor, code.strip());
        } catch (NotFoundException | AccessDeniedException e) {
            confirmed = null;
        }
    }

    /** The public lookup address of the dossier, which the QR code encodes. */
    public String getLookupUrl() {
        String base = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
        return base + "lookup.xhtml?code=" + URLEncoder.encode(confirmed.code(), StandardCharsets.UTF_8);
    }

    /** The QR code of the lookup address as a PNG data URI. */
    public String getQrCode() {
        return QrCodes.pngDataUri(getLookupUrl());
    }

    public FilingConfirmation.Confirmed getConfirmed() {
        return confirmed;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
