package vn.motcua.audit.application;

/**
 * What a use case did, for the audit trail: an action on an object, with short summaries of the object before and
 * after, and the reason given (mandatory for refusals, supplement requests, stops, apologies, reassignments and
 * returns for rework).
 *
 * @param unitCode the unit the object belongs to, if any: the actor's grant in that unit names the unit they acted for
 */
public record AuditedChange(String action, String objectType, String objectCode, String unitCode,
                            String beforeSummary, String afterSummary, String reason) {
}
