/**
 * The organisation tree: province, departments, district- and commune-level People's Committees, each valid for a
 * period (the 2025 reform closed the district level), identified by its electronic agency code.
 */
package vn.motcua.organization;
