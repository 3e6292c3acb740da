package vn.motcua.integration.outbox;

/** Where a message goes. Each channel has one handler on every node. */
public enum OutboxChannel {
    /** An e-mail through the configured SMTP server. */
    EMAIL,
    /** A text message through the SMS gateway. */
    SMS,
    /** A notice in officials' in-app inbox. */
    INBOX,
    /** The national public-service portal (Cổng dịch vụ công quốc gia). */
    DVCQG
}
