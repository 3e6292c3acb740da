package vn.motcua.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.motcua.organization.UnitLevel;

/** An administrative procedure (thủ tục hành chính) identified by its national code, e.g. 1.001193. */
@Entity
@Table(name = "procedure_def")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "field_name", nullable = false)
    private String field;

    @Enumerated(EnumType.STRING)
    @Column(name = "competent_level", nullable = false, length = 20)
    private UnitLevel competentLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 20)
    private OnlineLevel onlineLevel;

    @Column(nullable = false, length = 60)
    private String channels;

    @Column(length = 1000)
    private String source;

    @Column(nullable = false, length = 500)
    private String unverified;

    /** Code, name and field without diacritics, lower case: what keyword search matches (see {@link SearchText}). */
    @Column(name = "search_text", nullable = false, length = 1000)
    private String searchText;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.PERSIST)
    @OrderBy("versionNo")
    private List<ProcedureVersion> versions = new ArrayList<>();

    protected Procedure() {
    }

    static Procedure of(ProcedureDefinition definition) {
        Procedure procedure = new Procedure();
        procedure.code = definition.code();
        procedure.apply(definition);
        return procedure;
    }

    /** Takes the procedure-level facts of a definition (not its versions). */
    void apply(ProcedureDefinition d) {
        name = d.name();
        field = d.field();
        competentLevel = d.competentLevel();
        onlineLevel = d.onlineLevel();
        channels = String.join(",", d.channels().stream().map(Enum::name).toList());
        source = d.source();
        unverified = String.join(",", d.unverified());
        searchText = SearchText.of(code, name, field);
    }

    /** The procedure and all its versions as a value. */
    public ProcedureDefinition toDefinition() {
        return new ProcedureDefinition(code, name, field, competentLevel, onlineLevel,
                split(channels).stream().map(FilingChannel::valueOf).toList(), source, split(unverified),
                versions.stream().map(ProcedureVersion::toDefinition).toList());
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::trim).toList();
    }

    void reindex() {
        searchText = SearchText.of(code, name, field);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public UnitLevel getCompetentLevel() {
        return competentLevel;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public List<FilingChannel> getChannels() {
        return split(channels).stream().map(FilingChannel::valueOf).toList();
    }

    public String getSource() {
        return source;
    }

    public List<String> getUnverified() {
        return split(unverified);
    }

    public List<ProcedureVersion> getVersions() {
        return versions;
    }

    public Optional<ProcedureVersion> versionOn(LocalDate day) {
        return versions.stream().filter(v -> v.isInForceOn(day)).reduce((a, b) -> b);
    }

    public Optional<ProcedureVersion> version(int number) {
        return versions.stream().filter(v -> v.getVersionNo() == number).findFirst();
    }

    void add(ProcedureVersion version) {
        versions.add(version);
    }
}
