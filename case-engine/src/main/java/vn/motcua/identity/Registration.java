package vn.motcua.identity;

/**
 * What a visitor gives to open an account (the password travels separately, as characters to be cleared).
 *
 * @param personalId optional for a person
 * @param taxCode    required for an organisation
 */
public record Registration(PartyType partyType, String name, String email, String phone, String personalId,
                           String taxCode) {
}
