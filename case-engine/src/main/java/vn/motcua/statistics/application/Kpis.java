package vn.motcua.statistics.application;

/**
 * The dashboard's headline indicators for a scope and period (DOMAIN.md §4.4, §1.7).
 *
 * <p>Received counts dossiers received in the period by national channel (1 in person, 2 online, 3 postal).
 * Resolved counts dossiers finished in the period, early / on time / late against their due date. In-progress counts
 * are taken at the end of the period (or now, if earlier): within time, overdue, and due soon (within time but due
 * within the configured number of working days); paused counts dossiers waiting for a supplement or a financial
 * obligation, which are not in the in-progress counts. Processing times are in days (fractional) from reception to
 * finish for dossiers resolved in the period; null when none was resolved.
 */
public record Kpis(long received, long receivedInPerson, long receivedOnline, long receivedPostal,
                   long resolved, long resolvedEarly, long resolvedOnTime, long resolvedLate,
                   long inProgressWithinTime, long inProgressOverdue, long inProgressDueSoon, long paused,
                   Double averageProcessingDays, Double p90ProcessingDays,
                   Rate onlineRate, Rate fullOnlineRate, Rate digitisationRate, Rate onlinePaymentRate,
                   Rate satisfactionRate) {
}
