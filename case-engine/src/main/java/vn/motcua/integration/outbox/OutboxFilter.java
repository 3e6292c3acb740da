package vn.motcua.integration.outbox;

/**
 * Which outbox rows to list; a null criterion matches everything.
 *
 * @param aggregateId an exact aggregate id (e.g. a dossier code)
 */
public record OutboxFilter(OutboxStatus status, OutboxChannel channel, String aggregateId) {

    public static final OutboxFilter ALL = new OutboxFilter(null, null, null);
}
