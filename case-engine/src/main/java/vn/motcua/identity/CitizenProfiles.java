package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.platform.time.BusinessTime;

/**
 * The profile of a signed-in citizen or organisation: read by the filing form to prefill the applicant, and kept up to
 * date by its owner. Identifiers are checked by {@link PersonalId} and {@link TaxCode}; their structural doubts come
 * back as warnings for the owner to check, never as a refusal.
 */
@ApplicationScoped
public class CitizenProfiles {

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    /** The actor's profile; empty for an official, the system or an anonymous visitor. */
    @Transactional
    public Optional<CitizenProfile> of(Actor actor) {
        return citizen(actor).map(CitizenProfiles::view);
    }

    /**
     * Changes the actor's own profile.
     *
     * @return warnings about the identifiers (empty when all fits)
     * @throws InvalidRequestException naming what is wrong; nothing is changed then
     */
    @Transactional
    public List<String> update(Actor actor, ProfileChange change) {
        UserAccount account = citizen(actor).orElseThrow(() ->
                new AccessDeniedException("only a citizen has a profile"));
        PartyType type = account.getPartyType() == null ? PartyType.INDIVIDUAL : account.getPartyType();
        String name = CitizenAccounts.requireName(change.name(), type);
        PersonalId personalId = CitizenAccounts.blank(change.personalId()) ? null : PersonalId.parse(change.personalId());
        TaxCode taxCode = null;
        if (type == PartyType.ORGANISATION) {
            taxCode = TaxCode.parse(change.taxCode());
        } else if (!CitizenAccounts.blank(change.taxCode())) {
            taxCode = TaxCode.parse(change.taxCode());
        }
        String phone = ContactDetails.phone(change.phone());
        String address = CitizenAccounts.blank(change.address()) ? null : change.address().strip();
        if (address != null && address.length() > 500) {
            throw new InvalidRequestException("Địa chỉ dài tối đa 500 ký tự");
        }
        account.describeCitizen(name, personalId == null ? null : personalId.value(),
                taxCode == null ? null : taxCode.value(), phone, address);
        return warnings(view(account));
    }

    /** The doubts about a profile's identifiers, in Vietnamese. */
    public List<String> warnings(CitizenProfile profile) {
        Year year = Year.now(clock.withZone(BusinessTime.ZONE));
        List<String> warnings = new ArrayList<>();
        if (profile.personalId() != null) {
            warnings.addAll(PersonalId.parse(profile.personalId()).warnings(year));
        }
        if (profile.taxCode() != null) {
            TaxCode.parse(profile.taxCode()).warnings(year).stream().filter(w -> !warnings.contains(w))
                    .forEach(warnings::add);
        }
        return warnings;
    }

    private Optional<UserAccount> citizen(Actor actor) {
        if (actor == null || actor.accountId() == null) {
            return Optional.empty();
        }
        return accounts.findByUsername(actor.username()).filter(a -> a.getKind() == AccountKind.CITIZEN);
    }

    private static CitizenProfile view(UserAccount a) {
        return new CitizenProfile(a.getUsername(), a.getPartyType() == null ? PartyType.INDIVIDUAL : a.getPartyType(),
                a.getDisplayName(), a.getPersonalId(), a.getTaxCode(), a.getEmail(), a.getPhone(), a.getAddress());
    }
}
