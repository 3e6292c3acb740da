package vn.motcua.identity;

/**
 * The person or organisation a citizen acts for, under an authorisation valid on the day: what a filing records as
 * the applicant when someone else files for them.
 *
 * @param identifier the personal ID of a person, the tax code of an organisation
 * @param documentId the stored authorisation document, to attach to the dossier
 */
public record RepresentedParty(long authorisationId, PartyType partyType, String name, String identifier,
                               long documentId) {
}
