package vn.motcua.web.citizen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.documents.application.DocumentRefusedException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.AuthorisationView;
import vn.motcua.identity.Authorisations;
import vn.motcua.identity.CitizenProfile;
import vn.motcua.identity.CitizenProfiles;
import vn.motcua.identity.ContactDetails;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.NewAuthorisation;
import vn.motcua.identity.PartyType;
import vn.motcua.identity.PersonalId;
import vn.motcua.identity.ProfileChange;
import vn.motcua.identity.TaxCode;
import vn.motcua.web.shared.Messages;

/**
 * The citizen's profile: name, identifiers (with the warnings of their structure), phone and address, which the
 * filing form prefills from; and the authorisations to act for someone else, added with their document or revoked.
 */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CitizenProfiles profiles;

    @Inject
    transient Authorisations authorisations;

    @Inject
    transient Actor actor;

    @Inject
    transient Messages messages;

    private CitizenProfile profile;
    private List<String> warnings = List.of();
    private String name;
    private String personalId;
    private String taxCode;
    private String phone;
    private String address;

    private List<AuthorisationView> authorisationList;
    private PartyType partyType = PartyType.INDIVIDUAL;
    private String partyName;
    private String partyIdentifier;
    private LocalDate validFrom;
    private LocalDate validTo;
    private transient Part document;

    public void load() {
        profile = profiles.of(actor).orElse(null);
        if (profile == null) {
            return;
        }
        name = profile.name();
        personalId = profile.personalId();
        taxCode = profile.taxCode();
        phone = profile.phone();
        address = profile.address();
        warnings = profiles.warnings(profile);
    }

    public void save() {
        boolean ok = true;
        if (personalId != null && !personalId.isBlank()) {
            ok = check("profile:personalId", () -> PersonalId.parse(personalId));
        }
        if (isOrganisation() || (taxCode != null && !taxCode.isBlank())) {
            ok &= check("profile:taxCode", () -> TaxCode.parse(taxCode));
        }
        ok &= check("profile:phone", () -> ContactDetails.phone(phone));
        if (!ok) {
            return;
        }
        try {
            warnings = profiles.update(actor, new ProfileChange(name, personalId, taxCode, phone, address));
            profile = profiles.of(actor).orElse(null);
            info(messages.get("profile.saved"));
        } catch (InvalidRequestException e) {
            error(null, e.getMessage());
        }
    }

    public void addAuthorisation() {
        if (document == null || document.getSize() == 0) {
            error("authorisation:document", messages.get("authorisation.documentRequired"));
            return;
        }
        try (InputStream in = document.getInputStream()) {
            authorisations.register(actor, new NewAuthorisation(partyType, partyName, partyIdentifier, validFrom,
                    validTo), in, document.getSubmittedFileName(), document.getContentType());
            info(messages.get("authorisation.added"));
            authorisationList = null;
            partyName = null;
            partyIdentifier = null;
            validFrom = null;
            validTo = null;
        } catch (InvalidRequestException | DocumentRefusedException e) {
            error(null, e.getMessage());
        } catch (IOException e) {
            error("authorisation:document", messages.get("authorisation.uploadFailed"));
        }
    }

    public void revoke(long id) {
        try {
            authorisations.revoke(actor, id);
            authorisationList = null;
            info(messages.get("authorisation.revoked"));
        } catch (AccessDeniedException e) {
            error(null, messages.get("authorisation.notYours"));
        }
    }

    /** Runs one field's rule, putting its message beside the field. */
    private static boolean check(String clientId, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (InvalidRequestException e) {
            error(clientId, e.getMessage());
            return false;
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public List<AuthorisationView> getAuthorisations() {
        if (authorisationList == null) {
            authorisationList = authorisations.listFor(actor);
        }
        return authorisationList;
    }

    public boolean isOrganisation() {
        return profile != null && profile.partyType() == PartyType.ORGANISATION;
    }

    public PartyType[] getPartyTypes() {
        return PartyType.values();
    }

    public CitizenProfile getProfile() {
        return profile;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public PartyType getPartyType() {
        return partyType;
    }

    public void setPartyType(PartyType partyType) {
        this.partyType = partyType;
    }

    public String getPartyName() {
        return partyName;
    }

    public void setPartyName(String partyName) {
        this.partyName = partyName;
    }

    public String getPartyIdentifier() {
        return partyIdentifier;
    }

    public void setPartyIdentifier(String partyIdentifier) {
        this.partyIdentifier = partyIdentifier;
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

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }
}
