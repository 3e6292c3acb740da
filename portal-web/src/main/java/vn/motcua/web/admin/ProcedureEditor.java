package vn.motcua.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogueImportRejected;
import vn.motcua.catalog.CatalogueRules;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.ImportReport;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.VersionDefinition;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.organization.UnitLevel;
import vn.motcua.web.shared.Messages;

/**
 * Edits one procedure: its general facts and its latest version (times, cut-off, supplement, fees, components,
 * step hours), saved through the same rules as an import; or publishes the edited version as a new one from a date.
 */
@Named
@ViewScoped
public class ProcedureEditor implements Serializable {

    /** A broken rule as the form lists it. */
    public record Problem(String location, String message) implements Serializable {
    }

    @Inject
    transient CatalogAdministration administration;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private String code;
    private boolean found;
    private String name;
    private String field;
    private UnitLevel competentLevel;
    private OnlineLevel onlineLevel;
    private FilingChannel[] channels = {};
    private String source;
    private String[] unverified = {};
    private int versionCount;
    private VersionForm version;
    private LocalDate publishFrom;
    private List<Problem> problems = List.of();

    public void load() {
        if (version != null) {
            return;
        }
        ProcedureDefinition d = code == null ? null : administration.definition(code.trim()).orElse(null);
        found = d != null;
        if (!found) {
            return;
        }
        code = d.code();
        name = d.name();
        field = d.field();
        competentLevel = d.competentLevel();
        onlineLevel = d.onlineLevel();
        channels = d.channels().toArray(FilingChannel[]::new);
        source = d.source();
        unverified = d.unverified().toArray(String[]::new);
        VersionDefinition latest = d.versions().stream().max(Comparator.comparingInt(VersionDefinition::version))
                .orElseThrow();
        versionCount = d.versions().size();
        version = VersionForm.of(latest);
    }

    public void save() {
        act(() -> administration.save(actor, definition(version.toDefinition())), "adminProcedure.saved");
    }

    public void publish() {
        if (publishFrom == null) {
            error(messages.get("adminProcedure.publishFromRequired"));
            return;
        }
        act(() -> administration.publish(actor, code, version.toDefinition(), publishFrom),
                "adminProcedure.published");
    }

    /** The procedure with the edited version; the catalogue keeps the versions a definition does not mention. */
    private ProcedureDefinition definition(VersionDefinition edited) {
        return new ProcedureDefinition(code, VersionForm.blankToNull(name), VersionForm.blankToNull(field),
                competentLevel, onlineLevel, Arrays.asList(channels), VersionForm.blankToNull(source),
                Arrays.asList(unverified), List.of(edited));
    }

    private void act(java.util.function.Supplier<ImportReport> action, String doneKey) {
        problems = List.of();
        try {
            ImportReport report = action.get();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(doneKey) + (report.changes().isEmpty() ? " " + messages.get("adminProcedure.noChange")
                            : " " + String.join("; ", report.changes())), null));
            version = null;
            load();
        } catch (CatalogueImportRejected e) {
            problems = e.problems().stream().map(p -> new Problem(p.location(), p.message())).toList();
            error(messages.get("adminProcedure.rejected", problems.size()));
        } catch (IllegalArgumentException e) {
            error(messages.get("adminProcedure.invalid"));
        } catch (AccessDeniedException e) {
            error(messages.get("admin.forbidden"));
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public void addFee() {
        version.addFee();
    }

    public void removeFee(VersionForm.FeeRow row) {
        version.getFees().remove(row);
    }

    public void addComponent() {
        version.addComponent();
    }

    public void removeComponent(VersionForm.ComponentRow row) {
        version.getComponents().remove(row);
    }

    public List<String> getFacts() {
        return CatalogueRules.FACTS.stream().sorted().toList();
    }

    public List<String> getMediaTypes() {
        return CatalogueRules.MEDIA_TYPES.stream().sorted().toList();
    }

    public List<UnitLevel> getLevels() {
        return List.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isFound() {
        return found;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public UnitLevel getCompetentLevel() {
        return competentLevel;
    }

    public void setCompetentLevel(UnitLevel competentLevel) {
        this.competentLevel = competentLevel;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public void setOnlineLevel(OnlineLevel onlineLevel) {
        this.onlineLevel = onlineLevel;
    }

    public FilingChannel[] getChannels() {
        return channels;
    }

    public void setChannels(FilingChannel[] channels) {
        this.channels = channels == null ? new FilingChannel[0] : channels;
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

    public VersionForm getVersion() {
        return version;
    }

    public int getVersionCount() {
        return versionCount;
    }

    public LocalDate getPublishFrom() {
        return publishFrom;
    }

    public void setPublishFrom(LocalDate publishFrom) {
        this.publishFrom = publishFrom;
    }

    public List<Problem> getProblems() {
        return problems;
    }
}
