package vn.motcua.workflow.worklist;

import vn.motcua.identity.Actor;

/**
 * An official now holds an open step (claimed it, or was given it by the unit head), announced synchronously in the
 * use case's transaction so the dossier side can follow (a specialist taking the dossier up starts its processing).
 *
 * @param actor who acted: the claimant or the unit head
 */
public record StepTaken(String taskId, long dossierId, String stepKey, String holder, Actor actor) {
}
