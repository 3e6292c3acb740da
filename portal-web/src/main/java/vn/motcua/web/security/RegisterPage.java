package vn.motcua.web.security;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.identity.CitizenAccounts;
import vn.motcua.identity.ContactDetails;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.PartyType;
import vn.motcua.identity.PasswordPolicy;
import vn.motcua.identity.PersonalId;
import vn.motcua.identity.Registration;
import vn.motcua.identity.TaxCode;
import vn.motcua.web.shared.Messages;

/**
 * Registration of a person or an organisation: each field is checked on its own so its message sits beside it, then
 * the account is opened and the visitor told to open the link e-mailed to them.
 */
@Named
@ViewScoped
public class RegisterPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "register:";

    @Inject
    transient CitizenAccounts accounts;

    @Inject
    transient Messages messages;

    private PartyType partyType = PartyType.INDIVIDUAL;
    private String name;
    private String email;
    private String phone;
    private String personalId;
    private String taxCode;
    private String password;
    private String passwordAgain;
    private boolean registered;

    public void register() {
        boolean ok = check("name", () -> requireText(name, partyType == PartyType.ORGANISATION
                ? "Cần nhập tên tổ chức" : "Cần nhập họ và tên"));
        ok &= check("email", () -> ContactDetails.email(email));
        ok &= check("phone", () -> ContactDetails.phone(phone));
        if (personalId != null && !personalId.isBlank()) {
            ok &= check("personalId", () -> PersonalId.parse(personalId));
        }
        if (partyType == PartyType.ORGANISATION) {
            ok &= check("taxCode", () -> TaxCode.parse(taxCode));
        }
        ok &= check("password", () -> PasswordPolicy.check(password == null ? null : password.toCharArray(), email));
        if (ok && !password.equals(passwordAgain)) {
            fieldError("passwordAgain", messages.get("register.passwordsDiffer"));
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            accounts.register(new Registration(partyType, name, email, phone, personalId,
                    partyType == PartyType.ORGANISATION ? taxCode : null), password.toCharArray());
            registered = true;
        } catch (InvalidRequestException e) {
            fieldError("email", e.getMessage());
        } finally {
            password = null;
            passwordAgain = null;
        }
    }

    private boolean check(String field, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (InvalidRequestException e) {
            fieldError(field, e.getMessage());
            return false;
        }
    }

    private void fieldError(String field, String text) {
        FacesContext.getCurrentInstance().addMessage(FORM + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(message);
        }
    }

    public boolean isOrganisation() {
        return partyType == PartyType.ORGANISATION;
    }

    public PartyType[] getPartyTypes() {
        return PartyType.values();
    }

    public boolean isRegistered() {
        return registered;
    }

    public PartyType getPartyType() {
        return partyType;
    }

    public void setPartyType(PartyType partyType) {
        this.partyType = partyType == null ? PartyType.INDIVIDUAL : partyType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPersonalId() {
        return personalId;
    }

    public void setPersonalId(String personalId) {
        this.personalId = personalId;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
