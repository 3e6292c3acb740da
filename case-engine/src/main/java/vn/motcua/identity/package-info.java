/**
 * Accounts of officials and citizens, their roles scoped to organisation units, and the {@link vn.motcua.identity.Actor}
 * that application services authorise against. Citizens and organisations register themselves and verify their
 * e-mail address ({@link vn.motcua.identity.CitizenAccounts}), or sign in through the national e-ID and are linked by
 * (issuer, subject); they keep a profile ({@link vn.motcua.identity.CitizenProfiles}) whose identifiers are checked by
 * {@link vn.motcua.identity.PersonalId} and {@link vn.motcua.identity.TaxCode}, and the authorisations under which they
 * act for someone else ({@link vn.motcua.identity.Authorisations}).
 */
package vn.motcua.identity;
