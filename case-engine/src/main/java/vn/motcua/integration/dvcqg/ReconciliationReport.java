package vn.motcua.integration.dvcqg;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reconciliation with the national portal found for the dossiers filed from {@code from} to {@code to}
 * (inclusive, Asia/Ho_Chi_Minh dates).
 *
 * @param checked  our dossiers filed in the range
 * @param inSync   those the portal holds with our latest status
 * @param inFlight those that differ while DVCQG messages of theirs are still in the outbox (not drift yet)
 * @param repaired those missing from the portal or behind it, for which a repair {@code DongBoHoSoMC} was enqueued
 */
public record ReconciliationReport(LocalDate from, LocalDate to, int checked, int inSync, int inFlight,
                                   int repaired, List<String> repairedCodes) {

    public ReconciliationReport {
        repairedCodes = List.copyOf(repairedCodes);
    }

    public String summary() {
        return String.format("Đối soát hồ sơ nộp từ %s đến %s: kiểm tra %d, khớp %d, đang gửi %d, đã gửi bù %d.",
                from, to, checked, inSync, inFlight, repaired);
    }
}
