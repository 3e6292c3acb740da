package vn.motcua.web.citizen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.documents.application.DocumentRefusedException;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.dossier.application.CitizenSupplements;
import vn.motcua.dossier.application.CitizenSupplements.SupplementRequestView;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.web.shared.DossierPage;
import vn.motcua.web.shared.Messages;

/**
 * The applicant answers a supplement request on their dossier page: reads its reasons and items, uploads a file per
 * item (same type and size rules as filing), then sends the supplement ("Gửi bổ sung").
 */
@Named
@ViewScoped
public class SupplementAnswer implements Serializable {

    /** A file uploaded for an item, waiting to be sent. */
    public record Uploaded(String item, long documentId, String fileName, String mediaType) implements Serializable {
    }

    @Inject
    transient CitizenSupplements supplements;

    @Inject
    transient DocumentStore documents;

    @Inject
    transient DossierPage dossierPage;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private SupplementRequestView request;
    private boolean loaded;
    private String item;
    private transient Part file;
    private String note;
    private final List<Uploaded> uploaded = new ArrayList<>();

    /** The open supplement request of the page's dossier, if it waits for one. */
    public SupplementRequestView getRequest() {
        if (!loaded && dossierPage.getDossier() != null) {
            try {
                Optional<SupplementRequestView> open = supplements.openRequest(actor, dossierPage.getCode());
                request = open.orElse(null);
            } catch (vn.motcua.identity.AccessDeniedException e) {
                request = null;
            }
            loaded = true;
        }
        return request;
    }

    public void upload() {
        if (getRequest() == null) {
            return;
        }
        if (item == null || !request.items().contains(item)) {
            error("supplementAnswerForm:supplementItem", messages.get("supplement.chooseItem"));
            return;
        }
        if (file == null || file.getSize() == 0) {
            error("supplementAnswerForm:supplementFile", messages.get("supplement.chooseFile"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            StoredDocument stored = documents.store(actor, in, file.getSubmittedFileName(), file.getContentType(),
                    DocumentPurpose.DOSSIER_COMPONENT);
            uploaded.add(new Uploaded(item, stored.id(), stored.originalName(), stored.mediaType()));
            info(messages.get("supplement.uploaded", stored.originalName()));
        } catch (DocumentRefusedException e) {
            error("supplementAnswerForm:supplementFile", e.getMessage());
        } catch (IOException e) {
            error("supplementAnswerForm:supplementFile", messages.get("supplement.uploadFailed"));
        } finally {
            file = null;
        }
    }

    public void remove(long documentId) {
        uploaded.removeIf(u -> u.documentId() == documentId);
    }

    public void send() {
        if (uploaded.isEmpty()) {
            error("supplementAnswerForm:supplementFile", messages.get("supplement.nothingUploaded"));
            return;
        }
        try {
            supplements.provide(actor, dossierPage.getCode(), uploaded.stream()
                    .map(u -> new CitizenSupplements.ProvidedDocument(u.item(), u.documentId())).toList(), note);
            uploaded.clear();
            note = null;
            loaded = false;
            request = null;
            info(messages.get("supplement.sent"));
            dossierPage.load();
        } catch (InvalidRequestException e) {
            error(null, e.getMessage());
        } catch (vn.motcua.identity.AccessDeniedException e) {
            error(null, messages.get("dossier.forbidden"));
        }
    }

    private void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<Uploaded> getUploaded() {
        return uploaded;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
