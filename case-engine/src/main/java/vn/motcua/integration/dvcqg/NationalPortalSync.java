package vn.motcua.integration.dvcqg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import javax.sql.DataSource;
import vn.motcua.dossier.application.DossierChanged;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierHistoryEntry;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.integration.application.Outbox;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.integration.outbox.OutboxChannel;

/**
 * Tells the national portal of every dossier change, inside the use case's transaction: a {@code DongBoHoSoMC}
 * snapshot of the whole dossier, then a {@code CapNhatTienDoHoSoMC} entry for the change, both on the outbox's
 * DVCQG channel with the dossier code as the aggregate, so the relay delivers them in order per dossier. Their
 * idempotency keys are {@code DVCQG:<dossier code>:<history entry number>:<service>}: a change announced twice is
 * enqueued once, and the portal recognises a repeated delivery. Off when {@code motcua.dvcqg.sync=false}.
 */
@ApplicationScoped
public class NationalPortalSync {

    public static final String AGGREGATE = "DOSSIER";

    @Inject
    NationalPortalSettings settings;

    @Inject
    DossierRepository dossiers;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    void onChange(@Observes DossierChanged change) {
        if (!settings.syncEnabled()) {
            return;
        }
        Dossier dossier = dossiers.findById(change.dossierId()).orElseThrow(() -> new IllegalStateException(
                "dossier " + change.dossierCode() + " of the change is not found"));
        List<DossierHistoryEntry> history = dossier.getHistory();
        int sequence = history.size();
        DossierHistoryEntry entry = history.get(sequence - 1);
        DossierHistoryEntry previous = sequence > 1 ? history.get(sequence - 2) : null;
        if (em != null) {
            em.flush(); // the use case's components and results, read below over JDBC in the same transaction
        }
        DossierDocuments documents = DossierDocuments.read(dataSource, dossier.getId());
        String prefix = keyPrefix(change.dossierCode(), sequence);
        outbox.enqueueOnce(new NewMessage(AGGREGATE, change.dossierCode(), OutboxChannel.DVCQG,
                NationalPortalPayloads.DOSSIER_SERVICE,
                NationalPortalPayloads.dossier(dossier, documents, sequence > 1),
                prefix + NationalPortalPayloads.DOSSIER_SERVICE));
        outbox.enqueueOnce(new NewMessage(AGGREGATE, change.dossierCode(), OutboxChannel.DVCQG,
                NationalPortalPayloads.PROGRESS_SERVICE,
                NationalPortalPayloads.progress(dossier, entry, previous == null ? null : previous.getOccurredAt()),
                prefix + NationalPortalPayloads.PROGRESS_SERVICE));
    }

    static String keyPrefix(String dossierCode, int sequence) {
        return "DVCQG:" + dossierCode + ":" + sequence + ":";
    }
}
