package vn.motcua.identity;

import java.time.LocalDate;

/**
 * An authorisation a citizen registers (the document travels separately).
 *
 * @param identifier the represented person's personal ID, or the organisation's tax code
 * @param validTo    the last day, or null when the document sets none
 */
public record NewAuthorisation(PartyType partyType, String name, String identifier, LocalDate validFrom,
                               LocalDate validTo) {
}
