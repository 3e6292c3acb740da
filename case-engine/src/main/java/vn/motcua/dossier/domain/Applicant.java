package vn.motcua.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The person or organisation a dossier is filed for. The personal identification number is optional here (a
 * citizen may file for a newborn without one) but, when given, must be 12 digits (or a 9-digit legacy ID number).
 * It is never written to logs.
 */
@Embeddable
public class Applicant {

    @Column(name = "applicant_name", nullable = false)
    private String name;

    @Column(name = "applicant_personal_id", length = 12)
    private String personalId;

    @Column(name = "applicant_phone", length = 20)
    private String phone;

    @Column(name = "applicant_email")
    private String email;

    protected Applicant() {
    }

    public Applicant(String name, String personalId, String phone, String email) {
        personalId = blankToNull(personalId);
        phone = blankToNull(phone);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("applicant name is required");
        }
        if (personalId != null && !personalId.matches("\\d{12}|\\d{9}")) {
            throw new IllegalArgumentException("personal ID must have 12 digits (or 9 for a legacy ID)");
        }
        if (phone != null && !phone.matches("\\+?\\d{9,15}")) {
            throw new IllegalArgumentException("phone number must have 9 to 15 digits");
        }
        this.name = name.strip();
        this.personalId = personalId;
        this.phone = phone;
        this.email = blankToNull(email);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getName() {
        return name;
    }

    public String getPersonalId() {
        return personalId;
    }

    /** The personal ID with all but the last three digits hidden, for pages and logs. */
    public String maskedPersonalId() {
        return personalId == null ? null : "*".repeat(personalId.length() - 3) + personalId.substring(personalId.length() - 3);
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Applicant a && Objects.equals(name, a.name) && Objects.equals(personalId, a.personalId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, personalId);
    }
}
