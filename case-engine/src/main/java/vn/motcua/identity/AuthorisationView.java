package vn.motcua.identity;

import java.time.LocalDate;

/** An authorisation as its holder sees it on the profile page. */
public record AuthorisationView(long id, PartyType partyType, String partyName, String partyIdentifier,
                                long documentId, LocalDate validFrom, LocalDate validTo, boolean revoked,
                                boolean validToday) {
}
