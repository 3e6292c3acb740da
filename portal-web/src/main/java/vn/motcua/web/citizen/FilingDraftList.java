package vn.motcua.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.dossier.application.FilingDrafts;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.web.shared.Messages;

/** "Hồ sơ đang soạn": the citizen's drafts, to resume or delete. */
@Named
@RequestScoped
public class FilingDraftList {

    @Inject
    FilingDrafts drafts;

    @Inject
    Actor actor;

    @Inject
    Messages messages;

    private List<FilingDrafts.DraftView> mine;

    public List<FilingDrafts.DraftView> getMine() {
        if (mine == null) {
            mine = actor.accountId() == null || !actor.hasRole(Role.CITIZEN) ? List.of() : drafts.mine(actor);
        }
        return mine;
    }

    /** The citizen's drafts of one procedure (the procedure page offers to resume them). */
    public List<FilingDrafts.DraftView> of(String procedureCode) {
        return getMine().stream().filter(d -> d.procedureCode().equals(procedureCode)).toList();
    }

    public String delete(long id) {
        drafts.delete(actor, id);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("drafts.deleted"), null));
        return "/citizen/drafts?faces-redirect=true";
    }
}
