package vn.motcua.web.citizen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import vn.motcua.audit.application.RequestOrigin;
import vn.motcua.dossier.application.PublicLookup;
import vn.motcua.dossier.application.PublicTimeline;
import vn.motcua.web.shared.Messages;

/**
 * The public lookup page (no sign-in): a dossier code — filled in from the receipt's QR code — and the last four
 * digits of the applicant's phone. A wrong code and wrong digits get the same message.
 */
@Named
@ViewScoped
public class PublicLookupPage implements Serializable {

    @Inject
    transient PublicLookup lookup;

    @Inject
    transient RequestOrigin origin;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private String code;
    private String phoneLast4;
    private PublicTimeline timeline;

    public void search() {
        timeline = null;
        if (code == null || code.isBlank()) {
            error("lookupForm:code", messages.get("lookup.codeRequired"));
            return;
        }
        if (phoneLast4 == null || !phoneLast4.strip().matches("\\d{4}")) {
            error("lookupForm:phoneLast4", messages.get("lookup.digitsRequired"));
            return;
        }
        PublicLookup.Answer answer = lookup.lookup(code, phoneLast4, origin.getClientAddress());
        if (answer instanceof PublicLookup.Found found) {
            timeline = found.timeline();
        } else if (answer instanceof PublicLookup.Throttled throttled) {
            long minutes = Math.max(1, (Duration.between(clock.instant(), throttled.retryAfter()).toSeconds() + 59) / 60);
            error(null, messages.get("lookup.throttled", minutes));
        } else {
            error(null, messages.get("lookup.notFound"));
        }
    }

    private void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public PublicTimeline getTimeline() {
        return timeline;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPhoneLast4() {
        return phoneLast4;
    }

    public void setPhoneLast4(String phoneLast4) {
        this.phoneLast4 = phoneLast4;
    }
}
