package vn.motcua.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.organization.Organisation;
import vn.motcua.organization.UnitLevel;
import vn.motcua.organization.UnitView;

/** A unit as the administrator's form edits it; the organisation service judges it. */
public class UnitDraftForm implements Serializable {

    private String code;
    private String name;
    private String shortName;
    private UnitLevel level;
    private String parentCode;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String address;
    private boolean codeVerified;
    private String source;

    void clear() {
        code = null;
        name = null;
        shortName = null;
        level = UnitLevel.COMMUNE;
        parentCode = null;
        validFrom = null;
        validTo = null;
        address = null;
        codeVerified = false;
        source = null;
    }

    void fill(UnitView u) {
        code = u.code();
        name = u.name();
        shortName = u.shortName();
        level = UnitLevel.valueOf(u.level());
        parentCode = u.parentCode();
        validFrom = u.validFrom();
        validTo = u.validTo();
        address = u.address();
        codeVerified = u.codeVerified();
        source = u.source();
    }

    Organisation.UnitDraft toDraft() {
        return new Organisation.UnitDraft(code == null ? null : code.trim(), name == null ? "" : name, shortName,
                level, parentCode, validFrom, validTo, address, codeVerified, source);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isCodeVerified() {
        return codeVerified;
    }

    public void setCodeVerified(boolean codeVerified) {
        this.codeVerified = codeVerified;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
