/** The development RFC 3161 time-stamping authority and the DSS time-stamp source that calls it in-process. */
package vn.motcua.signing.timestamp;
