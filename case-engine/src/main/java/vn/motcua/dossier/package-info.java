/**
 * The Dossier aggregate (hồ sơ): its code, procedure version, applicant, channel, status with the national status
 * code, and its history; the application services that file it and move it through its steps.
 */
package vn.motcua.dossier;
