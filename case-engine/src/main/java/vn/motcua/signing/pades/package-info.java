/**
 * PAdES with EU DSS: baseline B-T signing as incremental updates with a visible appearance, and offline
 * verification with a documented mapping of DSS's indications to valid / invalid.
 */
package vn.motcua.signing.pades;
