/**
 * Intake from the national public-service portal (DVCQG): dossiers filed there arrive pushed to our API or fetched by
 * a recurring poll, are read from the portal's JSON ({@link vn.motcua.integration.intake.NationalDossier}), and become
 * our dossiers in the receiving desk's queue, each exactly once by its national code ({@code MaHoSo}) however often
 * and however concurrently it arrives ({@link vn.motcua.integration.intake.NationalIntake}).
 */
package vn.motcua.integration.intake;
