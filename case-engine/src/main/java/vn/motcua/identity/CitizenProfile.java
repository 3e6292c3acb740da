package vn.motcua.identity;

/**
 * What a citizen keeps on their profile, for pages and for prefilling a filing's applicant.
 *
 * @param partyType  a person or an organisation
 * @param name       full name, or the organisation's name
 * @param personalId the 12-digit personal ID (or a 9-digit legacy number), or null
 * @param taxCode    the tax code of an organisation, or null
 */
public record CitizenProfile(String username, PartyType partyType, String name, String personalId, String taxCode,
                             String email, String phone, String address) {
}
