package vn.motcua.notification.application;

import java.time.Instant;
import vn.motcua.notification.domain.InboxKind;

/** One notice in an official's inbox, for pages. */
public record InboxItemView(long id, InboxKind kind, String dossierCode, String stepKey, String note, String link,
                            Instant createdAt, boolean read) {
}
