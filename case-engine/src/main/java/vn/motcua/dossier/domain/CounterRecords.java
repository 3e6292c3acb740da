package vn.motcua.dossier.domain;

import java.util.List;

/** The components received at the counter and the fee receipts of dossiers. */
public interface CounterRecords {

    void add(ReceivedComponent component);

    void add(FeeReceipt receipt);

    /** Whether a stored document already is the scan of a component of some dossier. */
    boolean referenced(long documentId);

    /** The components of a dossier, in the procedure version's order. */
    List<ReceivedComponent> componentsOf(long dossierId);

    /** The fee receipts of a dossier, oldest first. */
    List<FeeReceipt> receiptsOf(long dossierId);
}
