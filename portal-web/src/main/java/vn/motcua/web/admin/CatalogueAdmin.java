package vn.motcua.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogueImportRejected;
import vn.motcua.catalog.ExchangeFormat;
import vn.motcua.catalog.ImportReport;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.VersionDefinition;
import vn.motcua.catalog.exchange.ImportProblem;
import vn.motcua.identity.Actor;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.web.shared.Messages;

/**
 * The catalogue for administrators: import a JSON or CSV file (all or nothing, with the report or every problem),
 * export the whole catalogue, and the list of procedures to edit.
 */
@Named
@ViewScoped
public class CatalogueAdmin implements Serializable {

    /** Import files larger than this are refused before parsing. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** A procedure as the list shows it. */
    public record Row(String code, String name, int versions, Integer currentVersion, boolean unverified) {
    }

    @Inject
    transient CatalogAdministration administration;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    @Inject
    transient Clock clock;

    private transient Part file;
    private transient ImportReport report;
    private transient List<ImportProblem> problems = List.of();
    private transient List<Row> rows;

    public void importFile() {
        report = null;
        problems = List.of();
        if (file == null || file.getSize() == 0) {
            error(messages.get("adminCatalogue.noFile"));
            return;
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            error(messages.get("adminCatalogue.tooLarge"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readAllBytes();
            report = administration.importFile(actor, content, formatOf(file.getSubmittedFileName(),
                    file.getContentType(), content));
            info(messages.get("adminCatalogue.imported", report.added(), report.changed(), report.unchanged(),
                    report.untouched()));
        } catch (CatalogueImportRejected e) {
            problems = e.problems();
            error(messages.get("adminCatalogue.rejected", problems.size()));
        } catch (IOException e) {
            error(messages.get("adminCatalogue.unreadable"));
        }
        rows = null;
    }

    /** CSV when the name or type says so, JSON when they say JSON, else by the first character ({ or [ is JSON). */
    static ExchangeFormat formatOf(String fileName, String contentType, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || type.startsWith("text/csv")) {
            return ExchangeFormat.CSV;
        }
        if (name.endsWith(".json") || type.contains("json")) {
            return ExchangeFormat.JSON;
        }
        for (byte b : content) {
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return b == '{' || b == '[' ? ExchangeFormat.JSON : ExchangeFormat.CSV;
            }
        }
        return ExchangeFormat.JSON;
    }

    public void exportJson() throws IOException {
        download(ExchangeFormat.JSON);
    }

    public void exportCsv() throws IOException {
        download(ExchangeFormat.CSV);
    }

    private void download(ExchangeFormat format) throws IOException {
        byte[] content = administration.export(format);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(format.mediaType() + "; charset=UTF-8");
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"motcua-catalogue-"
                + BusinessTime.today(clock) + "." + format.extension() + "\"");
        external.getResponseOutputStream().write(content);
        faces.responseComplete();
    }

    public List<Row> getRows() {
        if (rows == null) {
            LocalDate today = BusinessTime.today(clock);
            rows = administration.definitions().stream().map(d -> row(d, today)).toList();
        }
        return rows;
    }

    private static Row row(ProcedureDefinition d, LocalDate today) {
        Integer current = d.versions().stream()
                .filter(v -> !v.validFrom().isAfter(today) && (v.validTo() == null || !v.validTo().isBefore(today)))
                .map(VersionDefinition::version).max(Integer::compare).orElse(null);
        boolean unverified = !d.unverified().isEmpty()
                || d.versions().stream().anyMatch(v -> !v.unverified().isEmpty());
        return new Row(d.code(), d.name(), d.versions().size(), current, unverified);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}
