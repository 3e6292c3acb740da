package vn.motcua.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.organization.Organisation;
import vn.motcua.organization.UnitLevel;
import vn.motcua.organization.UnitView;
import vn.motcua.web.shared.Messages;

/**
 * The organisation tree for administrators: every unit (or those in force on a day), by level; create or correct a
 * unit, close it with its successors, add a reception desk. One form is open at a time.
 */
@Named
@ViewScoped
public class UnitsAdmin implements Serializable {

    /** Which form is open. */
    public enum Mode { NONE, CREATE, EDIT, CLOSE, DESK }

    @Inject
    transient Organisation organisation;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private LocalDate day;
    private UnitLevel level;
    private transient List<UnitView> units;
    private Mode mode = Mode.NONE;
    private final UnitDraftForm draft = new UnitDraftForm();
    private String selectedCode;
    private LocalDate lastDay;
    private String[] successorCodes = {};
    private String note;
    private String deskName;
    private String deskAddress;
    private String deskPhone;
    private LocalDate deskFrom;

    public List<UnitView> getUnits() {
        if (units == null) {
            units = day == null ? organisation.allUnits().stream()
                    .filter(u -> level == null || u.level().equals(level.name())).toList()
                    : organisation.unitsOn(day, level);
        }
        return units;
    }

    /** Every unit, for the parent and successor choices. */
    public List<UnitView> getAllUnits() {
        return organisation.allUnits();
    }

    public void filter() {
        units = null;
    }

    public void startCreate() {
        draft.clear();
        mode = Mode.CREATE;
    }

    public void startEdit(String code) {
        organisation.unit(code).ifPresent(draft::fill);
        selectedCode = code;
        mode = Mode.EDIT;
    }

    public void startClose(String code) {
        selectedCode = code;
        lastDay = null;
        successorCodes = new String[0];
        note = null;
        mode = Mode.CLOSE;
    }

    public void startDesk(String code) {
        selectedCode = code;
        deskName = null;
        deskAddress = null;
        deskPhone = null;
        deskFrom = null;
        mode = Mode.DESK;
    }

    public void cancel() {
        mode = Mode.NONE;
    }

    public void saveUnit() {
        boolean creating = mode == Mode.CREATE;
        act(() -> {
            if (creating) {
                organisation.create(actor, draft.toDraft());
            } else {
                organisation.update(actor, draft.toDraft());
            }
        }, creating ? "adminUnits.created" : "adminUnits.updated");
    }

    public void close() {
        act(() -> organisation.close(actor, selectedCode, lastDay, List.of(successorCodes), note),
                "adminUnits.closed");
    }

    public void addDesk() {
        act(() -> organisation.addDesk(actor, selectedCode, deskName, deskAddress, deskPhone, deskFrom),
                "adminUnits.deskAdded");
    }

    private void act(Runnable action, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(doneKey), null));
            mode = Mode.NONE;
            units = null;
        } catch (InvalidRequestException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (AccessDeniedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("admin.forbidden"), null));
        }
    }

    public String getSelectedName() {
        return selectedCode == null ? "" : organisation.unit(selectedCode).map(UnitView::name).orElse(selectedCode);
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }

    public Mode getMode() {
        return mode;
    }

    public UnitDraftForm getDraft() {
        return draft;
    }

    public String getSelectedCode() {
        return selectedCode;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String[] getSuccessorCodes() {
        return successorCodes;
    }

    public void setSuccessorCodes(String[] successorCodes) {
        this.successorCodes = successorCodes == null ? new String[0] : successorCodes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getDeskName() {
        return deskName;
    }

    public void setDeskName(String deskName) {
        this.deskName = deskName;
    }

    public String getDeskAddress() {
        return deskAddress;
    }

    public void setDeskAddress(String deskAddress) {
        this.deskAddress = deskAddress;
    }

    public String getDeskPhone() {
        return deskPhone;
    }

    public void setDeskPhone(String deskPhone) {
        this.deskPhone = deskPhone;
    }

    public LocalDate getDeskFrom() {
        return deskFrom;
    }

    public void setDeskFrom(LocalDate deskFrom) {
        this.deskFrom = deskFrom;
    }
}
