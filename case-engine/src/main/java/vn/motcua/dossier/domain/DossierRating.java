package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The applicant's rating of a dossier at return (once per dossier): the 5-level satisfaction, the two satisfaction
 * questions of the evaluation criteria (convenience, overall assessment), a comment, and the scored indices computed
 * from the dossier when it was rated, with the units and officials who handled it.
 */
@Entity
@Table(name = "dossier_rating")
public class DossierRating {

    /** The 5-level satisfaction (Rất hài lòng … Rất không hài lòng). */
    public enum Satisfaction {
        VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED, VERY_DISSATISFIED
    }

    /** The answer to a satisfaction question of the evaluation criteria (Rất hài lòng / Hài lòng / Không hài lòng). */
    public enum Assessment {
        VERY_SATISFIED, SATISFIED, DISSATISFIED
    }

    /**
     * The indices of the evaluation criteria computed from a dossier, 0/1/2 points each.
     *
     * @param totalTime  1: total processing time against the legal limit (2 shorter, 1 equal, 0 longer)
     * @param agencyTime 2: time at each agency against its allotment (2 all early, 1 none late, 0 some late)
     * @param contacts   3: contacts with the desk needed to complete the dossier (2 none, 1 once, 0 more)
     * @param agencies   4: agencies the applicant had to contact (2 one, 1 two, 0 more)
     */
    public record Scores(int totalTime, int agencyTime, int contacts, int agencies) {
        public int total() {
            return totalTime + agencyTime + contacts + agencies;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(name = "rated_by", nullable = false, length = 100)
    private String ratedBy;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Satisfaction satisfaction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Assessment convenience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Assessment overall;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "score_total_time", nullable = false)
    private short scoreTotalTime;

    @Column(name = "score_agency_time", nullable = false)
    private short scoreAgencyTime;

    @Column(name = "score_contacts", nullable = false)
    private short scoreContacts;

    @Column(name = "score_agencies", nullable = false)
    private short scoreAgencies;

    @Column(name = "unit_codes", nullable = false, length = 500)
    private String unitCodes;

    @Column(nullable = false, length = 1000)
    private String officials;

    protected DossierRating() {
    }

    public DossierRating(long dossierId, String ratedBy, Instant ratedAt, Satisfaction satisfaction,
                         Assessment convenience, Assessment overall, String comment, Scores scores,
                         List<String> unitCodes, List<String> officials) {
        this.dossierId = dossierId;
        this.ratedBy = Objects.requireNonNull(ratedBy, "rater is required");
        this.ratedAt = Objects.requireNonNull(ratedAt, "time is required");
        this.satisfaction = Objects.requireNonNull(satisfaction, "satisfaction is required");
        this.convenience = Objects.requireNonNull(convenience, "convenience is required");
        this.overall = Objects.requireNonNull(overall, "overall assessment is required");
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.scoreTotalTime = (short) scores.totalTime();
        this.scoreAgencyTime = (short) scores.agencyTime();
        this.scoreContacts = (short) scores.contacts();
        this.scoreAgencies = (short) scores.agencies();
        this.unitCodes = String.join(",", unitCodes);
        this.officials = String.join(",", officials);
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public Satisfaction getSatisfaction() {
        return satisfaction;
    }

    public Assessment getConvenience() {
        return convenience;
    }

    public Assessment getOverall() {
        return overall;
    }

    public String getComment() {
        return comment;
    }

    public Scores getScores() {
        return new Scores(scoreTotalTime, scoreAgencyTime, scoreContacts, scoreAgencies);
    }

    public List<String> getUnitCodes() {
        return unitCodes.isEmpty() ? List.of() : List.of(unitCodes.split(","));
    }

    public List<String> getOfficials() {
        return officials.isEmpty() ? List.of() : List.of(officials.split(","));
    }
}
