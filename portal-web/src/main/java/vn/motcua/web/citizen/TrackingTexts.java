package vn.motcua.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.dossier.application.PublicTimeline;
import vn.motcua.web.shared.Formats;
import vn.motcua.web.shared.Messages;

/** The words for a dossier's public milestones and the applicant's next step, in the page's language. */
@Named
@RequestScoped
public class TrackingTexts {

    @Inject
    Messages messages;

    @Inject
    Formats formats;

    /** A milestone's label, naming the unit for processing and forwarding. */
    public String milestone(PublicTimeline.Milestone milestone) {
        String label = messages.get("milestone." + milestone.kind());
        return milestone.unitName() == null ? label : label + " " + milestone.unitName();
    }

    /** The applicant's next step in plain words, with its date and place. */
    public String nextStep(PublicTimeline.NextStep step) {
        if (step == null) {
            return "";
        }
        String by = step.by() == null ? messages.get("nextStep.noDate") : formats.dateTime(step.by());
        String place = step.place() == null ? "" : step.place();
        return messages.get("nextStep." + step.kind(), by, place);
    }
}
