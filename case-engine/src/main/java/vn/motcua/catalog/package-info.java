/**
 * The procedure catalogue: each administrative procedure with its national code and its versions (time limit,
 * fees, routing model). A dossier keeps the version it was filed under.
 */
package vn.motcua.catalog;
