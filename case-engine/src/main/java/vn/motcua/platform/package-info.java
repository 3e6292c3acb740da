/**
 * Cross-cutting infrastructure every bounded context stands on: the application clock, the database
 * (data source, dialect, migrations) and the start-up sequence.
 */
package vn.motcua.platform;
