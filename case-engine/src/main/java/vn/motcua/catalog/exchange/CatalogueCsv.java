package vn.motcua.catalog.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.ResultType;
import vn.motcua.catalog.StepAllocation;
import vn.motcua.catalog.SupplementPolicy;
import vn.motcua.catalog.VersionDefinition;
import vn.motcua.identity.Role;
import vn.motcua.organization.UnitLevel;

/**
 * The catalogue as one CSV file of typed lines (docs/catalogue-format.md): a {@code PROCEDURE} line, then per version
 * a {@code VERSION} line followed by its {@code TIME}, {@code FEE}, {@code COMPONENT} and {@code STEP} lines.
 */
public final class CatalogueCsv {

    public static final List<String> HEADER = List.of("record", "procedure", "version", "position", "name", "field",
            "level", "online_level", "channels", "valid_from", "valid_to", "authority", "units", "channel", "value",
            "unit", "note", "cut_off", "supplement_policy", "supplement_days", "process_key", "kind", "amount",
            "online_amount", "exemption", "requirement", "originals", "copies", "replaceable_by", "template",
            "accepted_types", "max_size_kb", "min_pages", "max_pages", "key", "role", "hours", "result_name",
            "result_type", "legal_basis", "source", "unverified", "routing");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    private CatalogueCsv() {
    }

    /** One record, for reading its cells by column name, located by the line it starts on (the header is line 1). */
    private static final class Line extends FieldReader {
        private final Map<String, String> cells;

        Line(CSVRecord record, long lineNumber, List<ImportProblem> problems) {
            super("dòng " + lineNumber, problems);
            cells = new HashMap<>();
            for (int i = 0; i < HEADER.size() && i < record.size(); i++) {
                cells.put(HEADER.get(i), record.get(i));
            }
        }

        @Override
        String raw(String name) {
            String value = cells.get(name);
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** A procedure being put together from its lines. */
    private static final class Draft {
        final Line line;
        final Map<String, String> locations = new HashMap<>();
        final Map<Integer, VersionDraft> versions = new LinkedHashMap<>();

        Draft(Line line) {
            this.line = line;
            locations.put("", line.location());
        }
    }

    private static final class VersionDraft {
        final Line line;
        final String path;
        final Map<FilingChannel, ProcessingTime> times = new EnumMap<>(FilingChannel.class);
        final List<Fee> fees = new ArrayList<>();
        final List<Component> components = new ArrayList<>();
        final List<StepAllocation> steps = new ArrayList<>();

        VersionDraft(Line line, String path) {
            this.line = line;
            this.path = path;
        }
    }

    public static ParsedCatalogue read(InputStream in) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        try (org.apache.commons.csv.CSVParser parser = FORMAT.parse(reader)) {
            long lineAfterPrevious = 0;
            boolean first = true;
            for (CSVRecord record : parser) {
                // A quoted cell may span lines: a record starts on the line after the previous one ended.
                long startLine = lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (first) {
                    first = false;
                    if (!Arrays.asList(record.values()).equals(HEADER)) {
                        return new ParsedCatalogue(List.of(), List.of(new ImportProblem("dòng 1",
                                "Dòng tiêu đề phải là: " + String.join(",", HEADER))));
                    }
                    continue;
                }
                Line line = new Line(record, startLine, problems);
                if (record.size() != HEADER.size()) {
                    line.problem("Dòng có " + record.size() + " cột, cần " + HEADER.size());
                    continue;
                }
                take(line, drafts);
            }
            if (first) {
                return new ParsedCatalogue(List.of(), List.of(new ImportProblem("dòng 1", "Tệp rỗng")));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new ImportProblem("?", "Tệp CSV không đọc được: " + e.getMessage()));
        }
        List<ParsedProcedure> procedures = drafts.values().stream().map(CatalogueCsv::assemble).toList();
        return new ParsedCatalogue(procedures, problems);
    }

    private static void take(Line line, Map<String, Draft> drafts) {
        String kind = line.text("record");
        String code = line.text("procedure");
        if (code == null) {
            line.problem("Thiếu mã thủ tục (cột procedure)");
            return;
        }
        if ("PROCEDURE".equals(kind)) {
            if (drafts.containsKey(code)) {
                line.problem("Thủ tục " + code + " xuất hiện hai lần");
            } else {
                drafts.put(code, new Draft(line));
            }
            return;
        }
        Draft draft = drafts.get(code);
        if (draft == null) {
            line.problem("Dòng " + kind + " của thủ tục " + code + " phải đứng sau dòng PROCEDURE của thủ tục đó");
            return;
        }
        Integer number = line.integer("version");
        if ("VERSION".equals(kind)) {
            String path = "versions[" + draft.versions.size() + "]";
            if (number == null || draft.versions.containsKey(number)) {
                line.problem("Số phiên bản thiếu hoặc trùng: " + number);
                return;
            }
            draft.versions.put(number, new VersionDraft(line, path));
            draft.locations.put(path, line.location());
            return;
        }
        VersionDraft version = number == null ? null : draft.versions.get(number);
        if (version == null) {
            line.problem("Dòng " + kind + " phải đứng sau dòng VERSION " + number + " của thủ tục " + code);
            return;
        }
        switch (kind == null ? "" : kind) {
            case "TIME" -> {
                FilingChannel channel = line.choice("channel", FilingChannel.class);
                ProcessingTime time = CatalogueJson.time(line);
                if (channel == null || version.times.put(channel, time) != null) {
                    line.problem("Kênh thiếu hoặc trùng trong thời hạn theo kênh");
                }
            }
            case "FEE" -> {
                draft.locations.put(version.path + ".fees[" + version.fees.size() + "]", line.location());
                Long amount = line.amount("amount");
                if (amount == null) {
                    line.problem("Thiếu mức thu (cột amount; 0 nếu miễn)");
                }
                version.fees.add(new Fee(line.choice("kind", vn.motcua.catalog.FeeKind.class), line.text("name"),
                        amount == null ? -1 : amount, line.amount("online_amount"), line.text("exemption")));
            }
            case "COMPONENT" -> {
                draft.locations.put(version.path + ".components[" + version.components.size() + "]", line.location());
                version.components.add(new Component(line.text("name"), line.choice("requirement",
                        vn.motcua.catalog.Requirement.class), line.integer("originals", 0), line.integer("copies", 0),
                        line.text("replaceable_by"), line.text("template"), null,
                        String.join(",", line.list("accepted_types")), line.integer("max_size_kb", 0),
                        line.integer("min_pages", 0), line.integer("max_pages")));
            }
            case "STEP" -> {
                draft.locations.put(version.path + ".steps[" + version.steps.size() + "]", line.location());
                version.steps.add(new StepAllocation(line.text("key"), line.text("name"),
                        line.choice("role", Role.class), line.decimal("hours")));
            }
            default -> line.problem("Loại dòng \"" + kind + "\" không có; dùng PROCEDURE, VERSION, TIME, FEE, "
                    + "COMPONENT hoặc STEP");
        }
    }

    private static ParsedProcedure assemble(Draft draft) {
        Line p = draft.line;
        List<VersionDefinition> versions = new ArrayList<>();
        for (Map.Entry<Integer, VersionDraft> entry : draft.versions.entrySet()) {
            VersionDraft d = entry.getValue();
            Line v = d.line;
            Integer value = v.integer("value");
            vn.motcua.catalog.DurationUnit unit = v.choice("unit", vn.motcua.catalog.DurationUnit.class);
            versions.add(new VersionDefinition(entry.getKey(), v.date("valid_from"), v.date("valid_to"),
                    v.text("authority"), v.list("units"),
                    value == null || unit == null ? null : new ProcessingTime(Math.max(value, 0), unit), d.times,
                    v.text("note"), v.choice("cut_off", CutOffRule.class),
                    v.choice("supplement_policy", SupplementPolicy.class), v.integer("supplement_days"), d.fees,
                    d.components, v.text("process_key"), d.steps, v.text("result_name"),
                    v.choice("result_type", ResultType.class), v.text("legal_basis"), v.text("source"),
                    v.list("unverified"), v.text("routing")));
        }
        return new ParsedProcedure(new ProcedureDefinition(p.text("procedure"), p.text("name"), p.text("field"),
                p.choice("level", UnitLevel.class), p.choice("online_level", OnlineLevel.class),
                p.choices("channels", FilingChannel.class), p.text("source"), p.list("unverified"), versions),
                draft.locations);
    }

    /** Writes procedures in code order, one line per record, so the same catalogue always gives the same bytes. */
    public static void write(List<ProcedureDefinition> procedures, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(HEADER);
            for (ProcedureDefinition p : ExchangeOrder.sorted(procedures)) {
                printer.printRecord(row(Map.of("record", "PROCEDURE", "procedure", p.code(), "name", p.name(),
                        "field", p.field(), "level", p.competentLevel().name(), "online_level", p.onlineLevel().name(),
                        "channels", join(p.channels().stream().map(Enum::name).toList()),
                        "source", nz(p.source()), "unverified", join(p.unverified()))));
                for (VersionDefinition v : p.versions()) {
                    write(printer, p.code(), v);
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the catalogue as CSV", e);
        }
    }

    private static void write(CSVPrinter printer, String code, VersionDefinition v) throws IOException {
        String number = String.valueOf(v.version());
        Map<String, String> version = new HashMap<>(Map.of("record", "VERSION", "procedure", code, "version", number,
                "valid_from", v.validFrom().toString(), "valid_to", v.validTo() == null ? "" : v.validTo().toString(),
                "authority", nz(v.competentAuthority()), "units", join(v.competentUnits()),
                "value", String.valueOf(v.duration().value()), "unit", v.duration().unit().name(),
                "note", nz(v.timeNote())));
        version.putAll(Map.of("cut_off", v.cutOff().name(), "supplement_policy", v.supplementPolicy().name(),
                "supplement_days", v.supplementDays() == null ? "" : v.supplementDays().toString(),
                "process_key", v.processKey(), "result_name", v.resultName(), "result_type", v.resultType().name(),
                "legal_basis", nz(v.legalBasis()), "source", nz(v.source()), "unverified", join(v.unverified())));
        version.put("routing", nz(v.routingChain()));
        printer.printRecord(row(version));
        for (Map.Entry<FilingChannel, ProcessingTime> time : v.durationByChannel().entrySet()) {
            printer.printRecord(row(Map.of("record", "TIME", "procedure", code, "version", number,
                    "channel", time.getKey().name(), "value", String.valueOf(time.getValue().value()),
                    "unit", time.getValue().unit().name())));
        }
        for (int i = 0; i < v.fees().size(); i++) {
            Fee f = v.fees().get(i);
            printer.printRecord(row(Map.of("record", "FEE", "procedure", code, "version", number,
                    "position", String.valueOf(i + 1), "kind", f.kind().name(), "name", f.description(),
                    "amount", String.valueOf(f.amount()),
                    "online_amount", f.onlineAmount() == null ? "" : f.onlineAmount().toString(),
                    "exemption", nz(f.exemption()))));
        }
        for (int i = 0; i < v.components().size(); i++) {
            Component c = v.components().get(i);
            Map<String, String> cells = new HashMap<>(Map.of("record", "COMPONENT", "procedure", code,
                    "version", number, "position", String.valueOf(i + 1), "name", c.name(),
                    "requirement", c.requirement().name(), "originals", String.valueOf(c.originals()),
                    "copies", String.valueOf(c.copies()), "replaceable_by", nz(c.replaceableBy()),
                    "template", nz(c.templateName())));
            cells.putAll(Map.of("accepted_types", join(c.acceptedTypeList()),
                    "max_size_kb", String.valueOf(c.maxSizeKb()), "min_pages", String.valueOf(c.minPages()),
                    "max_pages", c.maxPages() == null ? "" : c.maxPages().toString()));
            printer.printRecord(row(cells));
        }
        for (int i = 0; i < v.steps().size(); i++) {
            StepAllocation s = v.steps().get(i);
            printer.printRecord(row(Map.of("record", "STEP", "procedure", code, "version", number,
                    "position", String.valueOf(i + 1), "key", s.key(), "name", s.name(), "role", s.role().name(),
                    "hours", CatalogueJson.plain(s.hours()).toPlainString())));
        }
    }

    private static List<String> row(Map<String, String> cells) {
        return HEADER.stream().map(column -> cells.getOrDefault(column, "")).toList();
    }

    private static String join(List<String> values) {
        return String.join("|", values);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
