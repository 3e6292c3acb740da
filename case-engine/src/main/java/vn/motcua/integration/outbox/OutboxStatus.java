package vn.motcua.integration.outbox;

/**
 * The life of an outbox message: PENDING until delivered; DEAD after its last failed attempt (it then holds the
 * later messages of its stream); an administrator moves a DEAD message back to PENDING (retry) or to DISCARDED.
 */
public enum OutboxStatus {
    PENDING, DELIVERED, DEAD, DISCARDED
}
