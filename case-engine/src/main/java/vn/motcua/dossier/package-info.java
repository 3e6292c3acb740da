/**
 * The Dossier aggregate (hồ sơ): its code, procedure version, applicant, channel, status with the national status
 * code, and its history; the application services that file it and move it through its steps, and those its
 * applicant follows it with: the public lookup (throttled in the database), its public milestones and next step, the
 * online supplement, withdrawal and rating.
 */
package vn.motcua.dossier;
