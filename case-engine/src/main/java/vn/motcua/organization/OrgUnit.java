package vn.motcua.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An administrative unit, valid from one date until (and including) another, or open-ended. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_level", nullable = false, length = 20)
    private UnitLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "short_name", length = 120)
    private String shortName;

    @Column(length = 500)
    private String address;

    /** Whether the agency code was found in a public source; otherwise it is illustrative. */
    @Column(name = "code_verified", nullable = false)
    private boolean codeVerified;

    @Column(length = 1000)
    private String source;

    @jakarta.persistence.Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected OrgUnit() {
    }

    OrgUnit(String code, String name, UnitLevel level, OrgUnit parent, LocalDate validFrom, LocalDate validTo) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    void describe(String name, String shortName, String address, boolean codeVerified, String source) {
        this.name = name;
        this.shortName = shortName;
        this.address = address;
        this.codeVerified = codeVerified;
        this.source = source;
    }

    void move(OrgUnit parent, LocalDate validFrom, LocalDate validTo) {
        this.parent = parent;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    void closeOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getShortName() {
        return shortName;
    }

    public String getAddress() {
        return address;
    }

    public boolean isCodeVerified() {
        return codeVerified;
    }

    public String getSource() {
        return source;
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

    public UnitLevel getLevel() {
        return level;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
