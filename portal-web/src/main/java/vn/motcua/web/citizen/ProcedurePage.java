package vn.motcua.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogueRules;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.StepAllocation;

/**
 * A procedure's public page: the version in force on a date (today unless {@code at} says otherwise) in full — time
 * limits, fees, dossier components, internal steps, legal basis — with its other versions and the facts not yet
 * verified. An unknown code answers 404; a code without a version in force that day lists its versions.
 */
@Named
@RequestScoped
public class ProcedurePage {

    /** A channel whose time limit differs from the general one. */
    public record ChannelTime(String channel, int value, String unit) {
    }

    @Inject
    Catalog catalog;

    private String code;
    private String at;
    private ProcedureDetail procedure;
    private boolean known;
    private List<ProcedureDetail.VersionRef> versions = List.of();

    public void load() {
        known = code != null && !code.isBlank() && catalog.exists(code.trim());
        if (!known) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        code = code.trim();
        procedure = catalog.detail(code, getDay()).orElse(null);
        versions = procedure == null ? catalog.versions(code) : procedure.versions();
    }

    /** The day whose version is shown: {@code at} when it is a date, else today (null lets the catalogue decide). */
    public LocalDate getDay() {
        return ProcedureSearch.date(at);
    }

    /** Channels with a time limit of their own, in channel order. */
    public List<ChannelTime> channelTimes() {
        List<ChannelTime> times = new ArrayList<>();
        for (FilingChannel channel : FilingChannel.values()) {
            ProcessingTime time = procedure.version().durationByChannel().get(channel);
            if (time != null && !time.equals(procedure.version().duration())) {
                times.add(new ChannelTime(channel.name(), time.value(), time.unit().name()));
            }
        }
        return times;
    }

    /** The facts flagged unverified on the procedure or the shown version, in the rules' order of facts. */
    public List<String> unverifiedFacts() {
        Set<String> facts = new LinkedHashSet<>(procedure.unverified());
        facts.addAll(procedure.version().unverified());
        facts.retainAll(CatalogueRules.FACTS);
        return List.copyOf(facts);
    }

    public BigDecimal stepHours() {
        return procedure.version().steps().stream().map(StepAllocation::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether a version is the one shown. */
    public boolean shown(ProcedureDetail.VersionRef ref) {
        return procedure != null && procedure.version().version() == ref.version();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public ProcedureDetail getProcedure() {
        return procedure;
    }

    public boolean isKnown() {
        return known;
    }

    public List<ProcedureDetail.VersionRef> getVersions() {
        return versions;
    }
}
