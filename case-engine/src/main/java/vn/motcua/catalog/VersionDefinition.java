package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One version of a procedure as a value; see {@link ProcedureDefinition}. */
public record VersionDefinition(int version, LocalDate validFrom, LocalDate validTo, String competentAuthority,
                                List<String> competentUnits, ProcessingTime duration,
                                Map<FilingChannel, ProcessingTime> durationByChannel, String timeNote,
                                CutOffRule cutOff, SupplementPolicy supplementPolicy, Integer supplementDays,
                                List<Fee> fees, List<Component> components, String processKey,
                                List<StepAllocation> steps, String resultName, ResultType resultType,
                                String legalBasis, String source, List<String> unverified, String routingChain) {

    /** A version handled by one level, the receiving unit (no routing chain). */
    public VersionDefinition(int version, LocalDate validFrom, LocalDate validTo, String competentAuthority,
                             List<String> competentUnits, ProcessingTime duration,
                             Map<FilingChannel, ProcessingTime> durationByChannel, String timeNote,
                             CutOffRule cutOff, SupplementPolicy supplementPolicy, Integer supplementDays,
                             List<Fee> fees, List<Component> components, String processKey,
                             List<StepAllocation> steps, String resultName, ResultType resultType,
                             String legalBasis, String source, List<String> unverified) {
        this(version, validFrom, validTo, competentAuthority, competentUnits, duration, durationByChannel, timeNote,
                cutOff, supplementPolicy, supplementDays, fees, components, processKey, steps, resultName, resultType,
                legalBasis, source, unverified, null);
    }

    public VersionDefinition {
        routingChain = routingChain == null || routingChain.isBlank() ? null : routingChain.strip();
        competentUnits = competentUnits == null ? List.of() : List.copyOf(competentUnits);
        durationByChannel = durationByChannel == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(durationByChannel));
        fees = fees == null ? List.of() : List.copyOf(fees);
        components = components == null ? List.of() : List.copyOf(components);
        steps = steps == null ? List.of() : List.copyOf(steps);
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
    }

    /** The time limit for a channel: its own where the version sets one, else the general one. */
    public ProcessingTime durationFor(FilingChannel channel) {
        return durationByChannel.getOrDefault(channel, duration);
    }

    /** The number of levels the step template allots time to: the hops of the routing chain, or one. */
    public int levels() {
        return RoutingChain.of(routingChain).map(c -> c.hops().size()).orElse(1);
    }

    public boolean overlaps(VersionDefinition other) {
        LocalDate end = validTo == null ? LocalDate.MAX : validTo;
        LocalDate otherEnd = other.validTo == null ? LocalDate.MAX : other.validTo;
        return !validFrom.isAfter(otherEnd) && !other.validFrom.isAfter(end);
    }

    /** The same version without the installation's template files: what the exchange format carries. */
    public VersionDefinition withoutTemplateFiles() {
        return new VersionDefinition(version, validFrom, validTo, competentAuthority, competentUnits, duration,
                durationByChannel, timeNote, cutOff, supplementPolicy, supplementDays, fees,
                components.stream().map(c -> c.withTemplateDocument(null)).toList(), processKey, steps, resultName,
                resultType, legalBasis, source, unverified, routingChain);
    }

    public VersionDefinition closedOn(LocalDate lastDay) {
        return new VersionDefinition(version, validFrom, lastDay, competentAuthority, competentUnits, duration,
                durationByChannel, timeNote, cutOff, supplementPolicy, supplementDays, fees, components, processKey,
                steps, resultName, resultType, legalBasis, source, unverified, routingChain);
    }

    public VersionDefinition renumbered(int number, LocalDate from) {
        return new VersionDefinition(number, from, null, competentAuthority, competentUnits, duration,
                durationByChannel, timeNote, cutOff, supplementPolicy, supplementDays, fees, components, processKey,
                steps, resultName, resultType, legalBasis, source, unverified, routingChain);
    }

    /**
     * Whether a dossier filed under {@code this} would see no difference under {@code other}: the same start of
     * validity, time limits, cut-off, supplement rule, fees, routing model and step allocations (a step template may
     * still be filled in where there was none). Texts, components and sources may be corrected.
     */
    public boolean keepsDossierTermsOf(VersionDefinition other) {
        return validFrom.equals(other.validFrom) && java.util.Objects.equals(duration, other.duration)
                && durationByChannel.equals(other.durationByChannel) && cutOff == other.cutOff
                && supplementPolicy == other.supplementPolicy
                && java.util.Objects.equals(supplementDays, other.supplementDays) && fees.equals(other.fees)
                && java.util.Objects.equals(processKey, other.processKey)
                && java.util.Objects.equals(routingChain, other.routingChain)
                && (steps.isEmpty() || steps.equals(other.steps));
    }
}
