package vn.motcua.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.ListIndexBase;

/**
 * One version of a procedure, in force from a date: its processing times, fees, components, step template and
 * result. Publishing a new version never changes dossiers filed under an earlier one; a version with dossiers keeps
 * its terms (see {@link VersionDefinition#keepsDossierTermsOf}).
 */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "competent_authority", length = 500)
    private String competentAuthority;

    @Column(name = "competent_units", nullable = false, length = 500)
    private String competentUnits;

    @Column(name = "process_key", nullable = false, length = 100)
    private String processKey;

    /** The chain of levels (liên thông), see {@link RoutingChain}; null for one level. */
    @Column(name = "routing_chain", length = 500)
    private String routingChain;

    @Embedded
    private ProcessingTime duration;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "procedure_time", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "channel", length = 20)
    private Map<FilingChannel, ProcessingTime> durationByChannel = new EnumMap<>(FilingChannel.class);

    @Column(name = "time_note", length = 1000)
    private String timeNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "cut_off", nullable = false, length = 30)
    private CutOffRule cutOff;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_policy", nullable = false, length = 20)
    private SupplementPolicy supplementPolicy;

    @Column(name = "supplement_days")
    private Integer supplementDays;

    /** The sum of the fees at the desk rate, kept for lists and the dossier's payment request. */
    @Column(name = "fee_amount", nullable = false)
    private long feeAmount;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "procedure_fee", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Fee> fees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "procedure_component", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<Component> components = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "procedure_step", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<StepAllocation> steps = new ArrayList<>();

    @Column(name = "result_name", nullable = false)
    private String resultName;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_type", nullable = false, length = 30)
    private ResultType resultType;

    @Column(name = "legal_basis", length = 1000)
    private String legalBasis;

    @Column(length = 1000)
    private String source;

    @Column(nullable = false, length = 500)
    private String unverified;

    protected ProcedureVersion() {
    }

    static ProcedureVersion of(Procedure procedure, VersionDefinition definition) {
        ProcedureVersion version = new ProcedureVersion();
        version.procedure = procedure;
        version.versionNo = definition.version();
        version.apply(definition);
        return version;
    }

    /** Takes every fact of a definition; the caller has checked that the version may change. */
    void apply(VersionDefinition d) {
        validFrom = d.validFrom();
        validTo = d.validTo();
        competentAuthority = d.competentAuthority();
        competentUnits = String.join(",", d.competentUnits());
        processKey = d.processKey();
        routingChain = d.routingChain();
        duration = d.duration();
        replace(durationByChannel, d.durationByChannel());
        timeNote = d.timeNote();
        cutOff = d.cutOff();
        supplementPolicy = d.supplementPolicy();
        supplementDays = d.supplementDays();
        replace(fees, d.fees());
        replace(components, keepingTemplateFiles(d.components()));
        replace(steps, d.steps());
        feeAmount = d.fees().stream().mapToLong(Fee::amount).sum();
        resultName = d.resultName();
        resultType = d.resultType();
        legalBasis = d.legalBasis();
        source = d.source();
        unverified = String.join(",", d.unverified());
    }

    /** Incoming components keep the template file already attached to the same template at the same place. */
    private List<Component> keepingTemplateFiles(List<Component> incoming) {
        List<Component> kept = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            Component c = incoming.get(i);
            Component old = i < components.size() ? components.get(i) : null;
            boolean sameTemplate = old != null && c.templateDocumentId() == null && old.templateDocumentId() != null
                    && java.util.Objects.equals(old.templateName(), c.templateName());
            kept.add(sameTemplate ? c.withTemplateDocument(old.templateDocumentId()) : c);
        }
        return kept;
    }

    void attachTemplate(int position, long documentId) {
        components.set(position - 1, components.get(position - 1).withTemplateDocument(documentId));
    }

    void closeOn(LocalDate lastDay) {
        validTo = lastDay;
    }

    private static <T> void replace(List<T> target, List<T> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    private static <K, V> void replace(Map<K, V> target, Map<K, V> values) {
        if (!target.equals(values)) {
            target.clear();
            target.putAll(values);
        }
    }

    public VersionDefinition toDefinition() {
        return new VersionDefinition(versionNo, validFrom, validTo, competentAuthority,
                Procedure.split(competentUnits), duration, durationByChannel, timeNote, cutOff, supplementPolicy,
                supplementDays, fees, components, processKey, steps, resultName, resultType, legalBasis, source,
                Procedure.split(unverified), routingChain);
    }

    public Long getId() {
        return id;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getProcessKey() {
        return processKey;
    }

    /** The chain of levels that handle this version's dossiers; empty for one level (the receiving unit). */
    public java.util.Optional<RoutingChain> routingChain() {
        return RoutingChain.of(routingChain);
    }

    public ProcessingTime getDuration() {
        return duration;
    }

    /** The time limit for a channel: its own where the version sets one, else the general one. */
    public ProcessingTime durationFor(FilingChannel channel) {
        return durationByChannel.getOrDefault(channel, duration);
    }

    public int getDurationValue() {
        return duration.value();
    }

    public DurationUnit getDurationUnit() {
        return duration.unit();
    }

    public CutOffRule getCutOff() {
        return cutOff;
    }

    public SupplementPolicy getSupplementPolicy() {
        return supplementPolicy;
    }

    public Integer getSupplementDays() {
        return supplementDays;
    }

    public long getFeeAmount() {
        return feeAmount;
    }

    public List<Fee> getFees() {
        return fees;
    }

    public List<Component> getComponents() {
        return components;
    }

    public List<StepAllocation> getSteps() {
        return steps;
    }

    public String getResultName() {
        return resultName;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    String unverifiedText() {
        return unverified;
    }

    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
