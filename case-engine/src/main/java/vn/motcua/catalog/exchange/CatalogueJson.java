package vn.motcua.catalog.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.Requirement;
import vn.motcua.catalog.ResultType;
import vn.motcua.catalog.StepAllocation;
import vn.motcua.catalog.SupplementPolicy;
import vn.motcua.catalog.VersionDefinition;
import vn.motcua.identity.Role;
import vn.motcua.organization.UnitLevel;

/** The catalogue as JSON, format {@value #FORMAT} (docs/catalogue-format.md). */
public final class CatalogueJson {

    public static final String FORMAT = "motcua-catalogue/1";

    private CatalogueJson() {
    }

    public static ParsedCatalogue read(InputStream in) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ParsedProcedure> procedures = new ArrayList<>();
        JsonObject root;
        try {
            JsonValue value = Json.createReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)).readValue();
            if (!(value instanceof JsonObject object)) {
                return new ParsedCatalogue(List.of(), List.of(new ImportProblem("/", "Tệp phải là một đối tượng JSON")));
            }
            root = object;
        } catch (JsonException e) {
            return new ParsedCatalogue(List.of(), List.of(new ImportProblem("/",
                    "Tệp không phải JSON hợp lệ: " + e.getMessage())));
        }
        if (!FORMAT.equals(root.getString("format", null))) {
            problems.add(new ImportProblem("/format", "Định dạng phải là \"" + FORMAT + "\""));
        }
        List<JsonObject> items = objects(root, "procedures", "", problems);
        for (int i = 0; i < items.size(); i++) {
            procedures.add(procedure(items.get(i), "/procedures/" + i, problems));
        }
        return new ParsedCatalogue(procedures, problems);
    }

    private static ParsedProcedure procedure(JsonObject json, String at, List<ImportProblem> problems) {
        Map<String, String> locations = new HashMap<>();
        locations.put("", at);
        JsonFields f = new JsonFields(json, at, problems);
        List<JsonObject> versionItems = objects(json, "versions", at, problems);
        List<VersionDefinition> versions = new ArrayList<>();
        for (int i = 0; i < versionItems.size(); i++) {
            String vAt = at + "/versions/" + i;
            locations.put("versions[" + i + "]", vAt);
            versions.add(version(versionItems.get(i), vAt, "versions[" + i + "]", locations, problems));
        }
        return new ParsedProcedure(new ProcedureDefinition(f.text("code"), f.text("name"), f.text("field"),
                f.choice("competentLevel", UnitLevel.class), f.choice("onlineLevel", OnlineLevel.class),
                f.choices("channels", FilingChannel.class), f.text("source"), f.list("unverified"), versions),
                locations);
    }

    private static VersionDefinition version(JsonObject json, String at, String path, Map<String, String> locations,
                                             List<ImportProblem> problems) {
        JsonFields f = new JsonFields(json, at, problems);
        Map<FilingChannel, ProcessingTime> byChannel = new EnumMap<>(FilingChannel.class);
        JsonValue channels = json.get("durationByChannel");
        if (channels instanceof JsonObject object) {
            for (String channel : object.keySet()) {
                JsonFields c = new JsonFields(object.getJsonObject(channel), at + "/durationByChannel/" + channel,
                        problems);
                try {
                    byChannel.put(FilingChannel.valueOf(channel), time(c));
                } catch (IllegalArgumentException e) {
                    c.problem("Kênh \"" + channel + "\" không tồn tại; dùng DIRECT, ONLINE hoặc POSTAL");
                }
            }
        }
        JsonValue supplementValue = json.get("supplement");
        JsonFields supplement = new JsonFields(supplementValue instanceof JsonObject s ? s : JsonValue.EMPTY_JSON_OBJECT,
                at + "/supplement", problems);
        List<Fee> fees = new ArrayList<>();
        List<JsonObject> feeItems = objects(json, "fees", at, problems);
        for (int i = 0; i < feeItems.size(); i++) {
            locations.put(path + ".fees[" + i + "]", at + "/fees/" + i);
            fees.add(fee(new JsonFields(feeItems.get(i), at + "/fees/" + i, problems)));
        }
        List<Component> components = new ArrayList<>();
        List<JsonObject> componentItems = objects(json, "components", at, problems);
        for (int i = 0; i < componentItems.size(); i++) {
            locations.put(path + ".components[" + i + "]", at + "/components/" + i);
            components.add(component(new JsonFields(componentItems.get(i), at + "/components/" + i, problems)));
        }
        List<StepAllocation> steps = new ArrayList<>();
        List<JsonObject> stepItems = objects(json, "steps", at, problems);
        for (int i = 0; i < stepItems.size(); i++) {
            locations.put(path + ".steps[" + i + "]", at + "/steps/" + i);
            JsonFields s = new JsonFields(stepItems.get(i), at + "/steps/" + i, problems);
            steps.add(new StepAllocation(s.text("key"), s.text("name"), s.choice("role", Role.class), s.decimal("hours")));
        }
        JsonValue duration = json.get("duration");
        ProcessingTime time = duration instanceof JsonObject d ? time(new JsonFields(d, at + "/duration", problems)) : null;
        return new VersionDefinition(f.integer("version", 0), f.date("validFrom"), f.date("validTo"),
                f.text("competentAuthority"), f.list("competentUnits"), time, byChannel, f.text("timeNote"),
                f.choice("cutOff", CutOffRule.class), supplement.choice("policy", SupplementPolicy.class),
                supplement.integer("citizenDays"), fees, components, f.text("processKey"), steps, f.text("resultName"),
                f.choice("resultType", ResultType.class), f.text("legalBasis"), f.text("source"), f.list("unverified"),
                f.text("routingChain"));
    }

    static ProcessingTime time(FieldReader f) {
        Integer value = f.integer("value");
        DurationUnit unit = f.choice("unit", DurationUnit.class);
        if (value == null || unit == null || value < 0) {
            f.problem("Thời hạn cần \"value\" (số nguyên không âm) và \"unit\" (WORKING_DAYS, WORKING_HOURS, "
                    + "CALENDAR_DAYS)");
            return null;
        }
        return new ProcessingTime(value, unit);
    }

    static Fee fee(FieldReader f) {
        Long amount = f.amount("amount");
        if (amount == null && f.text("amount") == null) {
            f.problem("Thiếu mức thu \"amount\" (đồng; 0 nếu miễn)");
        }
        return new Fee(f.choice("kind", FeeKind.class), f.text("description"), amount == null ? -1 : amount,
                f.amount("onlineAmount"), f.text("exemption"));
    }

    static Component component(FieldReader f) {
        return new Component(f.text("name"), f.choice("requirement", Requirement.class), f.integer("originals", 0),
                f.integer("copies", 0), f.text("replaceableBy"), f.text("template"), null,
                String.join(",", f.list("acceptedTypes")), f.integer("maxSizeKb", 0), f.integer("minPages", 0),
                f.integer("maxPages"));
    }

    private static List<JsonObject> objects(JsonObject json, String name, String at, List<ImportProblem> problems) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            problems.add(new ImportProblem(at + "/" + name, "\"" + name + "\" phải là một mảng"));
            return List.of();
        }
        List<JsonObject> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                objects.add(object);
            } else {
                problems.add(new ImportProblem(at + "/" + name + "/" + i, "Phần tử phải là một đối tượng"));
            }
        }
        return objects;
    }

    /** Reads one JSON object's members. */
    private static final class JsonFields extends FieldReader {
        private final JsonObject json;

        JsonFields(JsonObject json, String location, List<ImportProblem> problems) {
            super(location, problems);
            this.json = json;
        }

        @Override
        String raw(String name) {
            JsonValue value = json.get(name);
            if (value == null) {
                return null;
            }
            return switch (value.getValueType()) {
                case NULL -> null;
                case STRING -> ((JsonString) value).getString();
                case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
                case TRUE, FALSE -> value.toString();
                default -> {
                    problem("\"" + name + "\" phải là một giá trị đơn");
                    yield null;
                }
            };
        }

        @Override
        List<String> list(String name) {
            JsonValue value = json.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return List.of();
            }
            if (!(value instanceof JsonArray array)) {
                problem("\"" + name + "\" phải là một mảng chuỗi");
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonString s) {
                    items.add(s.getString());
                } else {
                    problem("\"" + name + "\" chỉ chứa chuỗi");
                }
            }
            return items;
        }
    }

    /** Writes procedures in code order with fixed formatting, so the same catalogue always gives the same bytes. */
    public static void write(List<ProcedureDefinition> procedures, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (JsonGenerator g = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(writer)) {
            g.writeStartObject();
            g.write("format", FORMAT);
            g.writeStartArray("procedures");
            for (ProcedureDefinition p : ExchangeOrder.sorted(procedures)) {
                g.writeStartObject();
                g.write("code", p.code());
                g.write("name", p.name());
                g.write("field", p.field());
                g.write("competentLevel", p.competentLevel().name());
                g.write("onlineLevel", p.onlineLevel().name());
                strings(g, "channels", p.channels().stream().map(Enum::name).toList());
                nullable(g, "source", p.source());
                strings(g, "unverified", p.unverified());
                g.writeStartArray("versions");
                for (VersionDefinition v : p.versions()) {
                    version(g, v);
                }
                g.writeEnd();
                g.writeEnd();
            }
            g.writeEnd();
            g.writeEnd();
        }
    }

    private static void version(JsonGenerator g, VersionDefinition v) {
        g.writeStartObject();
        g.write("version", v.version());
        g.write("validFrom", v.validFrom().toString());
        nullable(g, "validTo", v.validTo() == null ? null : v.validTo().toString());
        nullable(g, "competentAuthority", v.competentAuthority());
        strings(g, "competentUnits", v.competentUnits());
        time(g, "duration", v.duration());
        g.writeStartObject("durationByChannel");
        v.durationByChannel().forEach((channel, time) -> time(g, channel.name(), time));
        g.writeEnd();
        nullable(g, "timeNote", v.timeNote());
        g.write("cutOff", v.cutOff().name());
        g.writeStartObject("supplement");
        g.write("policy", v.supplementPolicy().name());
        if (v.supplementDays() == null) {
            g.writeNull("citizenDays");
        } else {
            g.write("citizenDays", v.supplementDays());
        }
        g.writeEnd();
        g.writeStartArray("fees");
        for (Fee fee : v.fees()) {
            g.writeStartObject();
            g.write("kind", fee.kind().name());
            g.write("description", fee.description());
            g.write("amount", fee.amount());
            if (fee.onlineAmount() == null) {
                g.writeNull("onlineAmount");
            } else {
                g.write("onlineAmount", fee.onlineAmount());
            }
            nullable(g, "exemption", fee.exemption());
            g.writeEnd();
        }
        g.writeEnd();
        g.writeStartArray("components");
        for (Component c : v.components()) {
            g.writeStartObject();
            g.write("name", c.name());
            g.write("requirement", c.requirement().name());
            g.write("originals", c.originals());
            g.write("copies", c.copies());
            nullable(g, "replaceableBy", c.replaceableBy());
            nullable(g, "template", c.templateName());
            strings(g, "acceptedTypes", c.acceptedTypeList());
            g.write("maxSizeKb", c.maxSizeKb());
            g.write("minPages", c.minPages());
            if (c.maxPages() == null) {
                g.writeNull("maxPages");
            } else {
                g.write("maxPages", c.maxPages());
            }
            g.writeEnd();
        }
        g.writeEnd();
        g.write("processKey", v.processKey());
        if (v.routingChain() != null) {
            g.write("routingChain", v.routingChain());
        }
        g.writeStartArray("steps");
        for (StepAllocation s : v.steps()) {
            g.writeStartObject();
            g.write("key", s.key());
            g.write("name", s.name());
            g.write("role", s.role().name());
            g.write("hours", plain(s.hours()));
            g.writeEnd();
        }
        g.writeEnd();
        g.write("resultName", v.resultName());
        g.write("resultType", v.resultType().name());
        nullable(g, "legalBasis", v.legalBasis());
        nullable(g, "source", v.source());
        strings(g, "unverified", v.unverified());
        g.writeEnd();
    }

    static BigDecimal plain(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void time(JsonGenerator g, String name, ProcessingTime time) {
        g.writeStartObject(name);
        g.write("value", time.value());
        g.write("unit", time.unit().name());
        g.writeEnd();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        g.writeStartArray(name);
        values.forEach(g::write);
        g.writeEnd();
    }

    private static void nullable(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }
}
