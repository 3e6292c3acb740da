package vn.motcua.integration.dvcqg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.Actor;
import vn.motcua.integration.application.Outbox;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.integration.outbox.OutboxChannel;
import vn.motcua.platform.time.BusinessTime;

/**
 * Compares what the national portal holds ({@code TraCuuHoSo} for the dossiers filed in a date range) with our
 * dossiers' latest national status. A dossier the portal lacks, or holds with another status, while none of its
 * DVCQG messages is still waiting in the outbox, has drifted: a repair {@code DongBoHoSoMC} with its current
 * snapshot is enqueued (key {@code DVCQG:<code>:<entry>:DongBoHoSoMC:repair:<run>}). One transaction per run.
 */
@ApplicationScoped
public class NationalPortalReconciliation {

    private static final Logger LOG = Logger.getLogger(NationalPortalReconciliation.class.getName());
    static final int MAX_DAYS = 92;

    @Inject
    DataSource dataSource;

    @Inject
    PortalClient portal;

    @Inject
    DossierRepository dossiers;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** An administrator reconciles a date range from the admin page. */
    @Transactional
    public ReconciliationReport reconcile(Actor admin, LocalDate from, LocalDate to) {
        admin.requireAdmin("reconcile with the national portal");
        return reconcile(from, to);
    }

    @Transactional
    public ReconciliationReport reconcile(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("both dates of the range are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("a reconciliation covers at most " + MAX_DAYS + " days");
        }
        Instant run = clock.instant();
        Map<String, Ours> ours = ours(from, to);
        Map<String, Integer> theirs = portalStatuses(from, to);
        Set<String> inFlightCodes = inFlight();
        int inSync = 0;
        int inFlight = 0;
        List<String> repaired = new ArrayList<>();
        for (Ours dossier : ours.values()) {
            Integer portalStatus = theirs.get(dossier.code());
            if (portalStatus != null && portalStatus == dossier.nationalStatus()) {
                inSync++;
            } else if (inFlightCodes.contains(dossier.code())) {
                inFlight++;
            } else {
                repair(dossier, portalStatus != null, run);
                repaired.add(dossier.code());
            }
        }
        ReconciliationReport report = new ReconciliationReport(from, to, ours.size(), inSync, inFlight,
                repaired.size(), repaired);
        LOG.info(report::summary);
        return report;
    }

    private void repair(Ours ours, boolean portalHoldsIt, Instant run) {
        Dossier dossier = dossiers.findById(ours.id()).orElseThrow(() -> new IllegalStateException(
                "dossier " + ours.code() + " is not found"));
        int sequence = dossier.getHistory().size();
        String key = NationalPortalSync.keyPrefix(ours.code(), sequence) + NationalPortalPayloads.DOSSIER_SERVICE
                + ":repair:" + run.toEpochMilli();
        outbox.enqueueOnce(new NewMessage(NationalPortalSync.AGGREGATE, ours.code(), OutboxChannel.DVCQG,
                NationalPortalPayloads.DOSSIER_SERVICE,
                NationalPortalPayloads.dossier(dossier, DossierDocuments.read(dataSource, ours.id()), portalHoldsIt),
                key));
    }

    private Map<String, Integer> portalStatuses(LocalDate from, LocalDate to) {
        String body = Json.createObjectBuilder().add("service", NationalPortalPayloads.LOOKUP_SERVICE)
                .add("isUpdating", false)
                .add("data", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("TuNgay", from.atStartOfDay().format(NationalPortalPayloads.DATE_LOCAL))
                        .add("DenNgay", to.atTime(23, 59, 59).format(NationalPortalPayloads.DATE_LOCAL))))
                .build().toString();
        JsonObject answer = portal.post(ExchangeLog.Subject.of(NationalPortalPayloads.LOOKUP_SERVICE), body);
        Map<String, Integer> statuses = new HashMap<>();
        for (JsonValue value : answer.getJsonArray("result")) {
            JsonObject held = value.asJsonObject();
            statuses.put(held.getString("MaHoSo"), held.getInt("TrangThaiHoSo"));
        }
        return statuses;
    }

    private Map<String, Ours> ours(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(BusinessTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
        Map<String, Ours> found = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id, code, national_status FROM dossier "
                     + "WHERE submitted_at >= ? AND submitted_at < ? ORDER BY id")) {
            query.setObject(1, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
            query.setObject(2, LocalDateTime.ofInstant(end, ZoneOffset.UTC));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), new Ours(rs.getLong(1), rs.getString(2), rs.getInt(3)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the dossiers to reconcile", e);
        }
    }

    private Set<String> inFlight() {
        Set<String> codes = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT DISTINCT aggregate_id FROM outbox_message "
                     + "WHERE channel = 'DVCQG' AND status IN ('PENDING', 'DEAD')");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
            return codes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox", e);
        }
    }

    private record Ours(long id, String code, int nationalStatus) {
    }
}
