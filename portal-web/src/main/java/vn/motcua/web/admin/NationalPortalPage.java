package vn.motcua.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.identity.Actor;
import vn.motcua.integration.dvcqg.Exchange;
import vn.motcua.integration.dvcqg.NationalPortalAdministration;
import vn.motcua.integration.dvcqg.NationalPortalReconciliation;
import vn.motcua.integration.dvcqg.PortalUnavailable;
import vn.motcua.integration.dvcqg.ReconciliationReport;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.web.shared.Messages;

/**
 * The national portal (DVCQG) for administrators: the integration log (every request and answer, by dossier and
 * outcome, with its bodies) and a reconciliation of a date range on demand.
 */
@Named
@ViewScoped
public class NationalPortalPage implements Serializable {

    private static final List<String> OUTCOMES = List.of("OK", "RETRY", "REJECTED");

    @Inject
    transient NationalPortalAdministration administration;

    @Inject
    transient NationalPortalReconciliation reconciliation;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private String dossierCode;
    private String outcome;
    private Long selectedId;
    private LocalDate from;
    private LocalDate to;
    private transient List<Exchange> exchanges;
    private transient Exchange selected;

    public List<Exchange> getExchanges() {
        if (exchanges == null) {
            exchanges = administration.exchanges(actor, dossierCode, outcome);
        }
        return exchanges;
    }

    public Exchange getSelected() {
        if (selected == null && selectedId != null) {
            selected = administration.exchange(actor, selectedId).orElse(null);
        }
        return selected;
    }

    public void search() {
        exchanges = null;
        selectedId = null;
        selected = null;
    }

    public void show(long id) {
        selectedId = id;
        selected = null;
    }

    public void reconcile() {
        LocalDate today = BusinessTime.today(clock);
        LocalDate start = from == null ? today : from;
        LocalDate end = to == null ? today : to;
        if (end.isBefore(start)) {
            error(messages.get("sync.reconcile.badRange"));
            return;
        }
        if (start.plusDays(92).isBefore(end)) {
            error(messages.get("sync.reconcile.tooLong"));
            return;
        }
        try {
            ReconciliationReport report = reconciliation.reconcile(actor, start, end);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("sync.reconcile.done", report.checked(), report.inSync(), report.inFlight(),
                            report.repaired()), null));
        } catch (PortalUnavailable e) {
            error(messages.get("sync.reconcile.unavailable"));
        }
        exchanges = null;
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public List<String> getOutcomes() {
        return OUTCOMES;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public void setDossierCode(String dossierCode) {
        this.dossierCode = dossierCode;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
