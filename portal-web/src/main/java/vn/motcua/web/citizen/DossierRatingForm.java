package vn.motcua.web.citizen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.motcua.dossier.application.Ratings;
import vn.motcua.dossier.domain.DossierRating.Assessment;
import vn.motcua.dossier.domain.DossierRating.Satisfaction;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.web.shared.DossierPage;
import vn.motcua.web.shared.Messages;

/** The applicant rates their dossier once its result is ready or returned: satisfaction, two questions, a comment. */
@Named
@ViewScoped
public class DossierRatingForm implements Serializable {

    @Inject
    transient Ratings ratings;

    @Inject
    transient DossierPage dossierPage;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private String satisfaction;
    private String convenience;
    private String overall;
    private String comment;
    private Boolean mayRate;
    private Ratings.RatingView given;
    private boolean givenLoaded;

    public boolean isMayRate() {
        if (mayRate == null) {
            try {
                mayRate = dossierPage.getDossier() != null && ratings.mayRate(actor, dossierPage.getCode());
            } catch (vn.motcua.identity.AccessDeniedException e) {
                mayRate = false;
            }
        }
        return mayRate;
    }

    /** The rating the applicant gave, if any. */
    public Ratings.RatingView getGiven() {
        if (!givenLoaded && dossierPage.getDossier() != null) {
            try {
                given = ratings.rating(actor, dossierPage.getCode()).orElse(null);
            } catch (vn.motcua.identity.AccessDeniedException e) {
                given = null;
            }
            givenLoaded = true;
        }
        return given;
    }

    public Satisfaction[] getSatisfactions() {
        return Satisfaction.values();
    }

    public Assessment[] getAssessments() {
        return Assessment.values();
    }

    public void rate() {
        boolean complete = true;
        if (satisfaction == null || satisfaction.isBlank()) {
            error("ratingForm:satisfaction", messages.get("rating.satisfactionRequired"));
            complete = false;
        }
        if (convenience == null || convenience.isBlank()) {
            error("ratingForm:convenience", messages.get("rating.answerRequired"));
            complete = false;
        }
        if (overall == null || overall.isBlank()) {
            error("ratingForm:overall", messages.get("rating.answerRequired"));
            complete = false;
        }
        if (!complete) {
            return;
        }
        try {
            ratings.rate(actor, dossierPage.getCode(), new Ratings.RatingForm(Satisfaction.valueOf(satisfaction),
                    Assessment.valueOf(convenience), Assessment.valueOf(overall), comment));
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("rating.thanks"), null));
            mayRate = false;
            givenLoaded = false;
        } catch (InvalidRequestException e) {
            error(null, e.getMessage());
        } catch (vn.motcua.identity.AccessDeniedException e) {
            error(null, messages.get("dossier.forbidden"));
        } catch (IllegalArgumentException e) {
            error(null, messages.get("rating.answerRequired"));
        }
    }

    private void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(String satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getConvenience() {
        return convenience;
    }

    public void setConvenience(String convenience) {
        this.convenience = convenience;
    }

    public String getOverall() {
        return overall;
    }

    public void setOverall(String overall) {
        this.overall = overall;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
