package vn.motcua.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.Requirement;
import vn.motcua.catalog.ResultType;
import vn.motcua.catalog.StepAllocation;
import vn.motcua.catalog.SupplementPolicy;
import vn.motcua.catalog.VersionDefinition;
import vn.motcua.identity.Role;

/**
 * A procedure version as the administrator's form edits it: mutable fields and rows, copied from a
 * {@link VersionDefinition} and back. The catalogue's rules judge the result, not this form.
 */
public class VersionForm implements Serializable {

    private int version;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String competentAuthority;
    private String competentUnits;
    private Integer durationValue;
    private DurationUnit durationUnit;
    private final List<ChannelTimeRow> channelTimes = new ArrayList<>();
    private String timeNote;
    private CutOffRule cutOff;
    private SupplementPolicy supplementPolicy;
    private Integer supplementDays;
    private final List<FeeRow> fees = new ArrayList<>();
    private final List<ComponentRow> components = new ArrayList<>();
    private String processKey;
    private final List<StepRow> steps = new ArrayList<>();
    private String resultName;
    private ResultType resultType;
    private String legalBasis;
    private String source;
    private String[] unverified = {};

    public static VersionForm of(VersionDefinition v) {
        VersionForm f = new VersionForm();
        f.version = v.version();
        f.validFrom = v.validFrom();
        f.validTo = v.validTo();
        f.competentAuthority = v.competentAuthority();
        f.competentUnits = String.join(", ", v.competentUnits());
        f.durationValue = v.duration() == null ? null : v.duration().value();
        f.durationUnit = v.duration() == null ? DurationUnit.WORKING_DAYS : v.duration().unit();
        for (FilingChannel channel : FilingChannel.values()) {
            ProcessingTime own = v.durationByChannel().get(channel);
            ChannelTimeRow row = new ChannelTimeRow();
            row.channel = channel;
            row.value = own == null ? null : own.value();
            row.unit = own == null ? f.durationUnit : own.unit();
            f.channelTimes.add(row);
        }
        f.timeNote = v.timeNote();
        f.cutOff = v.cutOff();
        f.supplementPolicy = v.supplementPolicy();
        f.supplementDays = v.supplementDays();
        v.fees().forEach(fee -> f.fees.add(FeeRow.of(fee)));
        v.components().forEach(c -> f.components.add(ComponentRow.of(c)));
        f.processKey = v.processKey();
        v.steps().forEach(s -> f.steps.add(StepRow.of(s)));
        f.resultName = v.resultName();
        f.resultType = v.resultType();
        f.legalBasis = v.legalBasis();
        f.source = v.source();
        f.unverified = v.unverified().toArray(String[]::new);
        return f;
    }

    /** The edited version; a missing number becomes a negative value or null for the rules to name. */
    public VersionDefinition toDefinition() {
        Map<FilingChannel, ProcessingTime> byChannel = new EnumMap<>(FilingChannel.class);
        for (ChannelTimeRow row : channelTimes) {
            if (row.value != null && row.unit != null) {
                byChannel.put(row.channel, new ProcessingTime(row.value, row.unit));
            }
        }
        List<String> units = competentUnits == null ? List.of() : Arrays.stream(competentUnits.split("[,;\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        return new VersionDefinition(version, validFrom, validTo, blankToNull(competentAuthority), units,
                durationValue == null || durationUnit == null ? null : new ProcessingTime(durationValue, durationUnit),
                byChannel, blankToNull(timeNote), cutOff, supplementPolicy, supplementDays,
                fees.stream().map(FeeRow::toFee).toList(), components.stream().map(ComponentRow::toComponent).toList(),
                processKey, steps.stream().map(StepRow::toStep).toList(), blankToNull(resultName), resultType,
                blankToNull(legalBasis), blankToNull(source), Arrays.asList(unverified));
    }

    /** The sum of the steps' hours, for the running total beside the legal time. */
    public BigDecimal getStepHours() {
        return steps.stream().map(s -> s.hours == null ? BigDecimal.ZERO : s.hours).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** The legal time in working hours (8 a day), or null while the time limit is incomplete. */
    public BigDecimal getLegalHours() {
        return durationValue == null || durationUnit == null || durationValue < 0 ? null
                : new ProcessingTime(durationValue, durationUnit).hours();
    }

    public boolean isStepsMatchLegalTime() {
        return getLegalHours() != null && getLegalHours().compareTo(getStepHours()) == 0;
    }

    public void addFee() {
        FeeRow row = new FeeRow();
        row.kind = FeeKind.LE_PHI;
        fees.add(row);
    }

    public void addComponent() {
        ComponentRow row = new ComponentRow();
        row.requirement = Requirement.REQUIRED;
        row.originals = 1;
        row.acceptedTypes = new String[] {"application/pdf", "image/jpeg", "image/png"};
        row.maxSizeKb = 10240;
        row.minPages = 1;
        components.add(row);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A channel's own time limit; an empty value means the general one applies. */
    public static class ChannelTimeRow implements Serializable {
        private FilingChannel channel;
        private Integer value;
        private DurationUnit unit;

        public FilingChannel getChannel() {
            return channel;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }

        public DurationUnit getUnit() {
            return unit;
        }

        public void setUnit(DurationUnit unit) {
            this.unit = unit;
        }
    }

    /** One fee row. */
    public static class FeeRow implements Serializable {
        private FeeKind kind;
        private String description;
        private Long amount;
        private Long onlineAmount;
        private String exemption;

        static FeeRow of(Fee fee) {
            FeeRow row = new FeeRow();
            row.kind = fee.kind();
            row.description = fee.description();
            row.amount = fee.amount();
            row.onlineAmount = fee.onlineAmount();
            row.exemption = fee.exemption();
            return row;
        }

        Fee toFee() {
            return new Fee(kind, blankToNull(description), amount == null ? -1 : amount, onlineAmount,
                    blankToNull(exemption));
        }

        public FeeKind getKind() {
            return kind;
        }

        public void setKind(FeeKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Long getAmount() {
            return amount;
        }

        public void setAmount(Long amount) {
            this.amount = amount;
        }

        public Long getOnlineAmount() {
            return onlineAmount;
        }

        public void setOnlineAmount(Long onlineAmount) {
            this.onlineAmount = onlineAmount;
        }

        public String getExemption() {
            return exemption;
        }

        public void setExemption(String exemption) {
            this.exemption = exemption;
        }
    }

    /** One dossier component row. */
    public static class ComponentRow implements Serializable {
        private String name;
        private Requirement requirement;
        private Integer originals;
        private Integer copies;
        private String replaceableBy;
        private String templateName;
        private Long templateDocumentId;
        private String[] acceptedTypes = {};
        private Integer maxSizeKb;
        private Integer minPages;
        private Integer maxPages;

        static ComponentRow of(Component c) {
            ComponentRow row = new ComponentRow();
            row.name = c.name();
            row.requirement = c.requirement();
            row.originals = c.originals();
            row.copies = c.copies();
            row.replaceableBy = c.replaceableBy();
            row.templateName = c.templateName();
            row.templateDocumentId = c.templateDocumentId();
            row.acceptedTypes = c.acceptedTypeList().toArray(String[]::new);
            row.maxSizeKb = c.maxSizeKb();
            row.minPages = c.minPages();
            row.maxPages = c.maxPages();
            return row;
        }

        Component toComponent() {
            return new Component(blankToNull(name), requirement, orZero(originals), orZero(copies),
                    blankToNull(replaceableBy), blankToNull(templateName), templateDocumentId,
                    String.join(",", acceptedTypes), orZero(maxSizeKb), orZero(minPages), maxPages);
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Requirement getRequirement() {
            return requirement;
        }

        public void setRequirement(Requirement requirement) {
            this.requirement = requirement;
        }

        public Integer getOriginals() {
            return originals;
        }

        public void setOriginals(Integer originals) {
            this.originals = originals;
        }

        public Integer getCopies() {
            return copies;
        }

        public void setCopies(Integer copies) {
            this.copies = copies;
        }

        public String getReplaceableBy() {
            return replaceableBy;
        }

        public void setReplaceableBy(String replaceableBy) {
            this.replaceableBy = replaceableBy;
        }

        public String getTemplateName() {
            return templateName;
        }

        public void setTemplateName(String templateName) {
            this.templateName = templateName;
        }

        public String[] getAcceptedTypes() {
            return acceptedTypes;
        }

        public void setAcceptedTypes(String[] acceptedTypes) {
            this.acceptedTypes = acceptedTypes == null ? new String[0] : acceptedTypes;
        }

        public Integer getMaxSizeKb() {
            return maxSizeKb;
        }

        public void setMaxSizeKb(Integer maxSizeKb) {
            this.maxSizeKb = maxSizeKb;
        }

        public Integer getMinPages() {
            return minPages;
        }

        public void setMinPages(Integer minPages) {
            this.minPages = minPages;
        }

        public Integer getMaxPages() {
            return maxPages;
        }

        public void setMaxPages(Integer maxPages) {
            this.maxPages = maxPages;
        }
    }

    /** One step of the routing model: only its hours are edited. */
    public static class StepRow implements Serializable {
        private String key;
        private String name;
        private Role role;
        private BigDecimal hours;

        static StepRow of(StepAllocation s) {
            StepRow row = new StepRow();
            row.key = s.key();
            row.name = s.name();
            row.role = s.role();
            row.hours = s.hours();
            return row;
        }

        StepAllocation toStep() {
            return new StepAllocation(key, name, role, hours);
        }

        public String getKey() {
            return key;
        }

        public String getName() {
            return name;
        }

        public Role getRole() {
            return role;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getCompetentAuthority() {
        return competentAuthority;
    }

    public void setCompetentAuthority(String competentAuthority) {
        this.competentAuthority = competentAuthority;
    }

    public String getCompetentUnits() {
        return competentUnits;
    }

    public void setCompetentUnits(String competentUnits) {
        this.competentUnits = competentUnits;
    }

    public Integer getDurationValue() {
        return durationValue;
    }

    public void setDurationValue(Integer durationValue) {
        this.durationValue = durationValue;
    }

    public DurationUnit getDurationUnit() {
        return durationUnit;
    }

    public void setDurationUnit(DurationUnit durationUnit) {
        this.durationUnit = durationUnit;
    }

    public List<ChannelTimeRow> getChannelTimes() {
        return channelTimes;
    }

    public String getTimeNote() {
        return timeNote;
    }

    public void setTimeNote(String timeNote) {
        this.timeNote = timeNote;
    }

    public CutOffRule getCutOff() {
        return cutOff;
    }

    public void setCutOff(CutOffRule cutOff) {
        this.cutOff = cutOff;
    }

    public SupplementPolicy getSupplementPolicy() {
        return supplementPolicy;
    }

    public void setSupplementPolicy(SupplementPolicy supplementPolicy) {
        this.supplementPolicy = supplementPolicy;
    }

    public Integer getSupplementDays() {
        return supplementDays;
    }

    public void setSupplementDays(Integer supplementDays) {
        this.supplementDays = supplementDays;
    }

    public List<FeeRow> getFees() {
        return fees;
    }

    public List<ComponentRow> getComponents() {
        return components;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public String getResultName() {
        return resultName;
    }

    public void setResultName(String resultName) {
        this.resultName = resultName;
    }

    public ResultType getResultType() {
        return resultType;
    }

    public void setResultType(ResultType resultType) {
        this.resultType = resultType;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String[] getUnverified() {
        return unverified;
    }

    public void setUnverified(String[] unverified) {
        this.unverified = unverified == null ? new String[0] : unverified;
    }
}
