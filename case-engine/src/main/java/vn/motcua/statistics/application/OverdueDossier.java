package vn.motcua.statistics.application;

import java.time.Instant;

/**
 * A dossier past its due date and not finished, with who holds it now.
 *
 * @param holder      the official holding the open step, or null when the step is unclaimed
 * @param stepKey     the open step, or null when no step is open
 * @param workingDaysOverdue working days since the due date (at least 1)
 */
public record OverdueDossier(long dossierId, String dossierCode, String procedureCode, String procedureName,
                             String unitCode, String unitName, String holder, String stepKey, Instant dueAt,
                             long workingDaysOverdue) {
}
