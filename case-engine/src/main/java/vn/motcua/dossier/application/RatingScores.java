package vn.motcua.dossier.application;

import java.time.Instant;
import java.util.List;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossier.domain.DossierRating.Scores;

/**
 * Computes the scored indices of the evaluation criteria (DOMAIN §6.1, 1–4) that a dossier's own record answers,
 * 0/1/2 points each. Pure: the dossier's facts in, the scores out.
 */
public final class RatingScores {

    private RatingScores() {
    }

    /**
     * @param legalDue           the due time the law gave (before any extension)
     * @param resultReadyAt      when processing ended
     * @param stepResults        how each step at each agency finished against its allotment (EARLY, ON_TIME, LATE)
     * @param supplementRequests how many times the applicant was asked to supplement the dossier
     * @param agenciesContacted  how many agencies the applicant had to deal with (the one-stop desk counts one)
     */
    public static Scores of(Instant legalDue, Instant resultReadyAt, List<Timeliness> stepResults,
                            int supplementRequests, int agenciesContacted, WorkingCalendar calendar) {
        int totalTime = switch (Timeliness.of(legalDue, resultReadyAt, resultReadyAt, calendar)) {
            case EARLY -> 2;
            case ON_TIME, NO_DUE_DATE -> 1;
            default -> 0;
        };
        int agencyTime = stepResults.contains(Timeliness.LATE) ? 0
                : !stepResults.isEmpty() && stepResults.stream().allMatch(t -> t == Timeliness.EARLY) ? 2 : 1;
        int contacts = supplementRequests == 0 ? 2 : supplementRequests == 1 ? 1 : 0;
        int agencies = agenciesContacted <= 1 ? 2 : agenciesContacted == 2 ? 1 : 0;
        return new Scores(totalTime, agencyTime, contacts, agencies);
    }
}
