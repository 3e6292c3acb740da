package vn.motcua.audit.application;

import java.time.Instant;
import vn.motcua.audit.domain.AuditEntry;

/** One audit entry for pages and the API; its texts were masked before they were stored. */
public record AuditEntryView(long sequence, Instant occurredAt, String actor, String actorKind, String actorUnit,
                             String clientAddress, String action, String objectType, String objectCode,
                             String beforeSummary, String afterSummary, String reason, String entryHash) {

    static AuditEntryView of(AuditEntry entry) {
        var f = entry.facts();
        return new AuditEntryView(entry.sequence(), f.occurredAt(), f.actorUsername(), f.actorKind(), f.actorUnit(),
                f.clientAddress(), f.action(), f.objectType(), f.objectCode(), f.beforeSummary(), f.afterSummary(),
                f.reason(), entry.entryHash());
    }
}
