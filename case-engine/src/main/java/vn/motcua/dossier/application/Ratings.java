package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierRating;
import vn.motcua.dossier.domain.DossierRating.Assessment;
import vn.motcua.dossier.domain.DossierRating.Satisfaction;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.dossier.domain.StepRecord;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;

/**
 * The applicant rates their dossier once its result is ready or returned, once: satisfaction, the two satisfaction
 * questions and a comment; the scored indices the dossier's record answers are computed and kept with the rating,
 * linked to the units and officials who handled it.
 */
@ApplicationScoped
public class Ratings {

    private static final Logger LOG = Logger.getLogger(Ratings.class.getName());

    /** What the applicant answers. */
    public record RatingForm(Satisfaction satisfaction, Assessment convenience, Assessment overall, String comment) {
    }

    /** A rating as pages and the API show it. */
    public record RatingView(Instant ratedAt, String satisfaction, String convenience, String overall, String comment,
                             DossierRating.Scores scores) {
    }

    @Inject
    vn.motcua.statistics.application.StatisticsProjection statistics;

    @Inject
    ApplicantDossiers applicantDossiers;

    @Inject
    LegalTime legalTime;

    @Inject
    WorkingCalendars calendars;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether the applicant may rate the dossier now: result ready or returned, not yet rated. */
    @Transactional
    public boolean mayRate(Actor citizen, String code) {
        Dossier dossier = applicantDossiers.owned(citizen, code);
        return rateable(dossier) && ratingOf(dossier.getId()).isEmpty();
    }

    /** The applicant's rating of the dossier, if given. */
    @Transactional
    public Optional<RatingView> rating(Actor citizen, String code) {
        Dossier dossier = applicantDossiers.owned(citizen, code);
        return ratingOf(dossier.getId()).map(r -> new RatingView(r.getRatedAt(), r.getSatisfaction().name(),
                r.getConvenience().name(), r.getOverall().name(), r.getComment(), r.getScores()));
    }

    /**
     * Rates the dossier.
     *
     * @throws InvalidRequestException when the dossier has no result yet, was rated already, or an answer is missing
     */
    @Transactional
    public DossierRating.Scores rate(Actor citizen, String code, RatingForm form) {
        Dossier dossier = applicantDossiers.owned(citizen, code);
        if (!rateable(dossier)) {
            throw new InvalidRequestException("Chỉ đánh giá được hồ sơ đã có kết quả");
        }
        if (ratingOf(dossier.getId()).isPresent()) {
            throw new InvalidRequestException("Hồ sơ " + code + " đã được đánh giá");
        }
        if (form == null || form.satisfaction() == null || form.convenience() == null || form.overall() == null) {
            throw new InvalidRequestException("Vui lòng chọn mức hài lòng và trả lời hai câu hỏi đánh giá");
        }
        if (form.comment() != null && form.comment().length() > 2000) {
            throw new InvalidRequestException("Ý kiến góp ý tối đa 2000 ký tự");
        }
        List<StepRecord> steps = legalTime.controlSheet(dossier.getId());
        List<Timeliness> results = steps.stream().map(StepRecord::getResult).filter(r -> r != null).toList();
        int supplements = (int) dossier.getHistory().stream().filter(h -> h.getAction().startsWith("SUPPLEMENT_REQUESTED"))
                .count();
        DossierRating.Scores scores = RatingScores.of(
                dossier.getOriginalDueAt() == null ? dossier.getDueAt() : dossier.getOriginalDueAt(),
                dossier.getResultReadyAt(), results, supplements, 1,
                calendars.forUnit(dossier.getReceivingUnit().getCode()));
        Set<String> units = new LinkedHashSet<>();
        units.add(dossier.getReceivingUnit().getCode());
        Set<String> officials = new LinkedHashSet<>();
        for (StepRecord step : steps) {
            units.add(step.getUnitCode());
            if (step.getHolder() != null) {
                officials.add(step.getHolder());
            }
        }
        em.persist(new DossierRating(dossier.getId(), citizen.username(), clock.instant(), form.satisfaction(),
                form.convenience(), form.overall(), form.comment(), scores, new ArrayList<>(units),
                new ArrayList<>(officials)));
        statistics.refresh(dossier.getId());
        LOG.info(() -> "Dossier " + code + ": rated by its applicant");
        return scores;
    }

    private static boolean rateable(Dossier dossier) {
        return dossier.getStatus() == DossierStatus.RESULT_READY || dossier.getStatus() == DossierStatus.RETURNED;
    }

    private Optional<DossierRating> ratingOf(long dossierId) {
        return em.createQuery("select r from DossierRating r where r.dossierId = :d", DossierRating.class)
                .setParameter("d", dossierId).getResultStream().findFirst();
    }
}
