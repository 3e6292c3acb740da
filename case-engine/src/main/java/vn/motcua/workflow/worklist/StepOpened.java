package vn.motcua.workflow.worklist;

import java.time.Instant;
import vn.motcua.identity.Role;

/**
 * A step of a dossier opened (a user task was created), announced synchronously inside the engine's transaction
 * right after the worklist index has it, so observers (the officials' inbox through the outbox) commit with it.
 *
 * @param assignee the official the step is assigned to at creation, or null when it waits for the unit and role
 * @param level    the level (hop of the procedure's routing chain, 1-based) the step belongs to; null at the desk
 */
public record StepOpened(String taskId, long dossierId, String dossierCode, String stepKey, String unitCode,
                         Role role, String assignee, Instant at, Integer level) {
}
