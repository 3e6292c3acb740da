/**
 * Accounts of officials and citizens, their roles scoped to organisation units, and the {@link vn.motcua.identity.Actor}
 * that application services authorise against.
 */
package vn.motcua.identity;
