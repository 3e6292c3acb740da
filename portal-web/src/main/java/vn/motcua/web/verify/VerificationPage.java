package vn.motcua.web.verify;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.results.ResultCheck;
import vn.motcua.results.ResultVerification;
import vn.motcua.web.shared.Messages;

/**
 * The public verification page: opened from a result's QR code (its key in parameter {@code c}) it checks the result
 * as the agency issued it; with an uploaded copy it checks that copy and says whether it is the issued one.
 */
@Named
@ViewScoped
public class VerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    transient ResultVerification verification;

    @Inject
    transient Messages messages;

    private String key;
    private ResultCheck check;
    private boolean uploaded;
    private boolean unknownKey;
    private transient Part file;

    public void load() {
        if (key == null || key.isBlank()) {
            return;
        }
        check = verification.byKey(key.strip()).orElse(null);
        unknownKey = check == null;
        uploaded = false;
    }

    public void verifyUpload() {
        if (file == null || file.getSize() == 0) {
            error(messages.get("verify.noFile"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            error(messages.get("verify.tooLarge"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            check = verification.upload(in.readAllBytes());
            uploaded = true;
            unknownKey = false;
        } catch (InvalidRequestException e) {
            error(messages.get("verify.notPdf"));
        } catch (IOException e) {
            error(messages.get("verify.notPdf"));
        }
    }

    /** The verdict's message key: authentic, altered, unknown (signed but not issued here), or unsigned. */
    public String getVerdict() {
        if (check == null) {
            return null;
        }
        if (check.authentic()) {
            return "verify.verdict.authentic";
        }
        if (check.dossierCode() != null) {
            return check.issued() ? "verify.verdict.altered" : "verify.verdict.notIssued";
        }
        return check.signatures().isEmpty() ? "verify.verdict.unsigned" : "verify.verdict.unknown";
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public ResultCheck getCheck() {
        return check;
    }

    public boolean isUploaded() {
        return uploaded;
    }

    public boolean isUnknownKey() {
        return unknownKey;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
