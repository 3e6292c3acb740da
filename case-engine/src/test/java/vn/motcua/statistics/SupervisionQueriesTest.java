package vn.motcua.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.statistics.StatisticsFixture.at;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.Bottleneck;
import vn.motcua.statistics.application.GroupBy;
import vn.motcua.statistics.application.Index766;
import vn.motcua.statistics.application.Kpis;
import vn.motcua.statistics.application.OutsideSubtreeException;
import vn.motcua.statistics.application.OverdueDossier;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.PeriodKind;
import vn.motcua.statistics.application.ResultPage;
import vn.motcua.statistics.application.StatisticsScope;
import vn.motcua.statistics.application.StatisticsSettings;
import vn.motcua.statistics.application.SummaryRow;
import vn.motcua.statistics.application.TrendPoint;
import vn.motcua.statistics.infrastructure.JdbcSupervisionQueries;

/**
 * Every number of the supervision queries against a hand-built province, computed by hand below.
 *
 * <pre>
 * Province P ─┬─ department D1
 *             └─ district Q1 ── commune C1          now = Mon 2026-10-05 10:00, period = September 2026
 *
 * dossier unit proc channel  received   due          finished    notes
 * d1      D1   A    online   09-02 09h  09-10 17h    09-08 10h   early, digitised, e-result, rated satisfied
 * d2      D1   B    counter  09-03 08h  09-12 17h    09-12 09h   on time (same day), fee paid online, rated dissatisfied
 * d3      Q1   B    post     09-04 08h  09-15 17h    09-18 08h   late, digitised with a reused component, e-result, fee unpaid
 * d4      C1   A    online   09-20 08h  10-20 17h    —           in progress, within time, digitised
 * d5      C1   A    online   09-21 08h  10-01 10h    —           in progress, due soon at the period's end; overdue now
 * d6      Q1   B    counter  08-25 08h  09-05 17h    —           in progress, overdue; held by cv.q1
 * d7      D1   A    counter  09-10 08h  09-20 17h    —           awaiting a supplement (paused)
 * d8      D1   A    online   08-10 08h  08-25 17h    08-20 08h   early, finished before the period
 * Synced to the national portal (an accepted DongBoHoSoMC): d1, d2, d3, d4 and d8.
 * d9      Q1   A    online   09-05 08h  09-15 17h    —           withdrawn on 09-07
 * d10     C1   A    online   —          —            —           submitted, not received yet
 * Procedures: A full online, no fee; B partial online, fee 50 000; C information only (no dossiers).
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionQueriesTest {

    private static final Period SEPTEMBER = new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
    private static final double DAY = 86_400.0;
    private static final double EPS = 1e-6;

    private DataSource database;
    private StatisticsFixture f;
    private JdbcSupervisionQueries queries;
    private long d5;
    private long d6;

    @BeforeAll
    void buildProvince() {
        database = TestDatabase.H2.openMigrated("stats", false);
        f = new StatisticsFixture(database);
        f.unit("P", "Ủy ban nhân dân tỉnh", "PROVINCE", null);
        f.unit("D1", "Sở Tư pháp", "DEPARTMENT", "P");
        f.unit("Q1", "Ủy ban nhân dân huyện", "DISTRICT", "P");
        f.unit("C1", "Ủy ban nhân dân xã", "COMMUNE", "Q1");
        f.account("quantri", "ADMIN", null);
        f.account("giamsat.tinh", "SUPERVISOR", "P");
        f.account("giamsat.huyen", "SUPERVISOR", "Q1");
        f.account("motcua", "DESK_OFFICER", "P");
        f.procedure("A", "Đăng ký khai sinh", "Hộ tịch", "FULL_ONLINE", 0);
        f.procedure("B", "Cấp giấy chứng nhận", "Đất đai", "PARTIAL_ONLINE", 50_000);
        f.procedure("C", "Thông tin", "Hộ tịch", "INFORMATION_ONLY", 0);

        long d1 = f.dossier("D1", "A", "ONLINE", "RETURNED").received("2026-09-02T09:00").due("2026-09-10T17:00")
                .finished("2026-09-08T10:00").digitised(false).eResult().rated("SATISFIED").synced().save();
        long d2 = f.dossier("D1", "B", "COUNTER", "RESULT_READY").received("2026-09-03T08:00")
                .due("2026-09-12T17:00").finished("2026-09-12T09:00").paidOnline().rated("DISSATISFIED").synced().save();
        long d3 = f.dossier("Q1", "B", "POST", "RETURNED").received("2026-09-04T08:00").due("2026-09-15T17:00")
                .finished("2026-09-18T08:00").digitised(true).eResult().synced().save();
        f.dossier("C1", "A", "ONLINE", "PROCESSING").received("2026-09-20T08:00").due("2026-10-20T17:00")
                .digitised(false).synced().save();
        d5 = f.dossier("C1", "A", "ONLINE", "PROCESSING").received("2026-09-21T08:00").due("2026-10-01T10:00")
                .save();
        d6 = f.dossier("Q1", "B", "COUNTER", "PROCESSING").received("2026-08-25T08:00").due("2026-09-05T17:00")
                .save();
        f.dossier("D1", "A", "COUNTER", "AWAITING_SUPPLEMENT").received("2026-09-10T08:00").due("2026-09-20T17:00")
                .save();
        f.dossier("D1", "A", "ONLINE", "RETURNED").received("2026-08-10T08:00").due("2026-08-25T17:00")
                .finished("2026-08-20T08:00").synced().save();
        f.dossier("Q1", "A", "ONLINE", "WITHDRAWN").received("2026-09-05T08:00").due("2026-09-15T17:00")
                .closed("2026-09-07T08:00").save();
        f.dossier("C1", "A", "ONLINE", "SUBMITTED").save();

        // Control sheets: handovers in September, one before it and one still open.
        f.step(d1, "appraise", "D1", "2026-09-02T09:00", "2026-09-05T09:00", "ON_TIME");
        f.step(d2, "appraise", "D1", "2026-09-03T08:00", "2026-09-08T09:00", "LATE");
        f.step(d3, "appraise", "Q1", "2026-09-04T08:00", "2026-09-10T09:00", "LATE");
        f.step(d3, "sign", "P", "2026-09-10T09:00", "2026-09-16T09:00", "LATE");
        f.step(d6, "appraise", "Q1", "2026-08-25T08:00", "2026-09-03T09:00", "LATE");
        f.step(d3, "appraise", "Q1", "2026-08-20T08:00", "2026-08-30T09:00", "LATE");
        f.step(d6, "review", "Q1", "2026-09-03T09:00", null, null);
        f.workItem(d6, "review", "Q1", "cv.q1");
        f.workItem(d5, "appraise", "C1", null);

        queries = queries(StatisticsSettings.defaults());
    }

    private JdbcSupervisionQueries queries(StatisticsSettings settings) {
        Clock now = Clock.fixed(at("2026-10-05T10:00"), BusinessTime.ZONE);
        Function<String, WorkingCalendar> calendars = unit -> WorkingCalendar.weekdays(BusinessTime.ZONE);
        return new JdbcSupervisionQueries(f, now, settings, calendars);
    }

    @AfterAll
    void release() throws Exception {
        TestDatabase.H2.release(database);
    }

    private StatisticsScope province() {
        return queries.scopeFor("giamsat.tinh", null, null, null, null);
    }

    // ------------------------------------------------------------------------------------------------ scope

    @Test
    void aSupervisorSeesTheirSubtreeOnly() {
        assertEquals("P", province().unitCode());
        assertEquals("Q1", queries.scopeFor("giamsat.huyen", null, null, null, null).unitCode());
        assertEquals("C1", queries.scopeFor("giamsat.huyen", "C1", null, null, null).unitCode());
        assertThrows(OutsideSubtreeException.class, () -> queries.scopeFor("giamsat.huyen", "D1", null, null, null));
        assertThrows(OutsideSubtreeException.class, () -> queries.scopeFor("giamsat.huyen", "P", null, null, null));
        assertThrows(OutsideSubtreeException.class, () -> queries.scopeFor("motcua", null, null, null, null));
        assertEquals("D1", queries.scopeFor("quantri", "D1", null, null, null).unitCode());
        assertEquals("P", queries.scopeFor("quantri", null, null, null, null).unitCode());
    }

    // ------------------------------------------------------------------------------------------------- kpis

    @Test
    void receivedCountsTheDossiersReceivedInThePeriodByChannel() {
        Kpis k = queries.kpis(province(), SEPTEMBER);
        // d1 d2 d3 d4 d5 d7 d9 (not d6, d8 received in August; not d10, never received)
        assertEquals(7, k.received());
        assertEquals(2, k.receivedInPerson()); // d2 d7
        assertEquals(4, k.receivedOnline()); // d1 d4 d5 d9
        assertEquals(1, k.receivedPostal()); // d3
    }

    @Test
    void resolvedCountsFinishesInThePeriodAgainstTheDueDay() {
        Kpis k = queries.kpis(province(), SEPTEMBER);
        assertEquals(3, k.resolved()); // d1 d2 d3 (d8 finished in August)
        assertEquals(1, k.resolvedEarly()); // d1: 09-08 < 09-10
        assertEquals(1, k.resolvedOnTime()); // d2: 09-12 09h, due 09-12 17h: same day
        assertEquals(1, k.resolvedLate()); // d3: 09-18 > 09-15
    }

    @Test
    void instantPrecisionComparesTheInstants() {
        StatisticsSettings instant = new StatisticsSettings(StatisticsSettings.Precision.INSTANT, 1,
                StatisticsSettings.defaultTargets());
        Kpis k = queries(instant).kpis(province(), SEPTEMBER);
        // d2 finished 09-12 09h before its due 09-12 17h: early by the instant
        assertEquals(2, k.resolvedEarly());
        assertEquals(0, k.resolvedOnTime());
        assertEquals(1, k.resolvedLate());
    }

    @Test
    void inProgressIsTakenAtThePeriodsEnd() {
        Kpis k = queries.kpis(province(), SEPTEMBER);
        // open at 10-01 00:00: d4 (due 10-20), d5 (due 10-01 10h), d6 (due 09-05), d7 paused
        assertEquals(2, k.inProgressWithinTime()); // d4 d5
        assertEquals(1, k.inProgressOverdue()); // d6
        // due soon: within time and due before 10-01 00:00 + 1 working day (Thu 10-01 end of day): d5
        assertEquals(1, k.inProgressDueSoon());
        assertEquals(1, k.paused()); // d7
    }

    @Test
    void processingTimeAverageAndNinetiethPercentile() {
        Kpis k = queries.kpis(province(), SEPTEMBER);
        double d1 = 6 + 1 / 24.0; // 09-02 09h → 09-08 10h
        double d2 = 9 + 1 / 24.0; // 09-03 08h → 09-12 09h
        double d3 = 14; // 09-04 08h → 09-18 08h
        assertEquals((d1 + d2 + d3) / 3, k.averageProcessingDays(), EPS);
        // nearest rank: ceil(0.9 × 3) = 3rd of 3 sorted
        assertEquals(d3, k.p90ProcessingDays(), EPS);
    }

    @Test
    void sharesShowTheirInputs() {
        Kpis k = queries.kpis(province(), SEPTEMBER);
        assertEquals(4, k.onlineRate().numerator());
        assertEquals(7, k.onlineRate().denominator());
        // full-online procedure A received: d1 d4 d5 d7 d9; of them online: d1 d4 d5 d9
        assertEquals(4, k.fullOnlineRate().numerator());
        assertEquals(5, k.fullOnlineRate().denominator());
        // every component scanned: d1 d3 d4
        assertEquals(3, k.digitisationRate().numerator());
        assertEquals(7, k.digitisationRate().denominator());
        // fee-bearing (procedure B) received: d2 d3; paid online: d2
        assertEquals(1, k.onlinePaymentRate().numerator());
        assertEquals(2, k.onlinePaymentRate().denominator());
        // resolved and rated: d1 satisfied, d2 dissatisfied
        assertEquals(1, k.satisfactionRate().numerator());
        assertEquals(2, k.satisfactionRate().denominator());
    }

    @Test
    void aSubtreeCountsOnlyItsOwnUnits() {
        Kpis k = queries.kpis(queries.scopeFor("giamsat.huyen", null, null, null, null), SEPTEMBER);
        assertEquals(4, k.received()); // d3 (Q1), d4 d5 (C1), d9 (Q1)
        assertEquals(1, k.resolved()); // d3
        assertEquals(1, k.resolvedLate());
        assertEquals(2, k.inProgressWithinTime()); // d4 d5
        assertEquals(1, k.inProgressOverdue()); // d6
        assertEquals(0, k.paused());
    }

    @Test
    void aScopeNarrowsByFieldAndProcedure() {
        Kpis land = queries.kpis(queries.scopeFor("giamsat.tinh", null, null, "Đất đai", null), SEPTEMBER);
        assertEquals(2, land.received()); // d2 d3
        Kpis birth = queries.kpis(queries.scopeFor("giamsat.tinh", null, "COMMUNE", null, "A"), SEPTEMBER);
        assertEquals(2, birth.received()); // d4 d5 at the commune
    }

    @Test
    void aPeriodWithNothingResolvedHasNoProcessingTimeAndNoShares() {
        Kpis k = queries.kpis(province(), new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)));
        assertEquals(0, k.received());
        assertNull(k.averageProcessingDays());
        assertNull(k.p90ProcessingDays());
        assertNull(k.onlineRate().value());
    }

    // ---------------------------------------------------------------------------------------------- trend

    @Test
    void trendBucketsByMonth() {
        List<TrendPoint> points = queries.trend(province(),
                new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30)), PeriodKind.MONTH);
        assertEquals(List.of(new TrendPoint(LocalDate.of(2026, 8, 1), 2, 1, 0), // d6 d8 received; d8 resolved
                new TrendPoint(LocalDate.of(2026, 9, 1), 7, 3, 1)), points);
    }

    // --------------------------------------------------------------------------------------------- summary

    @Test
    void summaryByUnitAddsUpEachReceivingUnit() {
        Map<String, SummaryRow> rows = queries.summary(province(), SEPTEMBER, GroupBy.UNIT).stream()
                .collect(Collectors.toMap(SummaryRow::key, r -> r));
        assertEquals(List.of("C1", "D1", "Q1"), queries.summary(province(), SEPTEMBER, GroupBy.UNIT).stream()
                .map(SummaryRow::key).toList());
        // D1: received d1 d2 d7; resolved d1 (early) d2 (on time); in progress at the end d7 (paused, not overdue)
        assertEquals(new SummaryRow("D1", "Sở Tư pháp", 3, 2, 1, 1, 0, 1, 0), rows.get("D1"));
        // Q1: received d3 d9; resolved d3 (late); in progress d6 (overdue)
        assertEquals(new SummaryRow("Q1", "Ủy ban nhân dân huyện", 2, 1, 0, 0, 1, 1, 1), rows.get("Q1"));
        // C1: received d4 d5; in progress d4 d5, neither overdue at 10-01 00:00
        assertEquals(new SummaryRow("C1", "Ủy ban nhân dân xã", 2, 0, 0, 0, 0, 2, 0), rows.get("C1"));
    }

    @Test
    void summaryByMonthTakesInProgressAtEachMonthsEnd() {
        List<SummaryRow> rows = queries.summary(province(),
                new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30)), GroupBy.MONTH);
        // August: received d6 d8; resolved d8 (early); open at 09-01 00:00: d6 (due 09-05, not yet overdue)
        assertEquals(new SummaryRow("2026-08", "2026-08", 2, 1, 1, 0, 0, 1, 0), rows.get(0));
        // September: as the KPIs; in progress at 10-01: d4 d5 d6 d7, overdue d6
        assertEquals(new SummaryRow("2026-09", "2026-09", 7, 3, 1, 1, 1, 4, 1), rows.get(1));
    }

    @Test
    void summaryByProcedureAndLevel() {
        List<SummaryRow> byProcedure = queries.summary(province(), SEPTEMBER, GroupBy.PROCEDURE);
        // A: received d1 d4 d5 d7 d9; resolved d1; open d4 d5 d7. B: received d2 d3; resolved d2 d3; open d6
        assertEquals(List.of(new SummaryRow("A", "Đăng ký khai sinh", 5, 1, 1, 0, 0, 3, 0),
                new SummaryRow("B", "Cấp giấy chứng nhận", 2, 2, 0, 1, 1, 1, 1)), byProcedure);
        List<SummaryRow> byLevel = queries.summary(province(), SEPTEMBER, GroupBy.LEVEL);
        assertEquals(List.of("COMMUNE", "DEPARTMENT", "DISTRICT"), byLevel.stream().map(SummaryRow::key).toList());
    }

    // ----------------------------------------------------------------------------------------- bottlenecks

    @Test
    void bottlenecksRankStepsAndUnitsByLateHandovers() {
        List<Bottleneck> found = queries.bottlenecks(province(), SEPTEMBER, 10);
        // finished in September: appraise@Q1 d3 LATE, d6 LATE; appraise@D1 d1 ON_TIME, d2 LATE; sign@P d3 LATE
        // (appraise@Q1 of 08-30 is outside the period; review@Q1 is still open)
        assertEquals(List.of(new Bottleneck("appraise", "Q1", "Ủy ban nhân dân huyện", 2, 2),
                new Bottleneck("appraise", "D1", "Sở Tư pháp", 2, 1),
                new Bottleneck("sign", "P", "Ủy ban nhân dân tỉnh", 1, 1)), found);
        assertEquals(1, queries.bottlenecks(province(), SEPTEMBER, 1).size());
    }

    @Test
    void bottlenecksOfASubtreeKeepItsOwnUnits() {
        List<Bottleneck> found = queries.bottlenecks(queries.scopeFor("giamsat.huyen", null, null, null, null),
                SEPTEMBER, 10);
        assertEquals(List.of(new Bottleneck("appraise", "Q1", "Ủy ban nhân dân huyện", 2, 2)), found);
    }

    // --------------------------------------------------------------------------------------------- overdue

    @Test
    void overdueNowListsOpenDossiersPastTheirDueWithTheirHolder() {
        ResultPage<OverdueDossier> page = queries.overdueNow(province(), 0, 10);
        // now 10-05 10h: d6 (due 09-05) and d5 (due 10-01 10h); d4 due later, d7 paused, d9 withdrawn
        assertEquals(2, page.total());
        OverdueDossier first = page.rows().get(0);
        assertEquals(d6, first.dossierId());
        assertEquals("cv.q1", first.holder());
        assertEquals("review", first.stepKey());
        assertEquals("Q1", first.unitCode());
        assertEquals("Cấp giấy chứng nhận", first.procedureName());
        // working days after Sat 09-05 up to Mon 10-05: 4 full weeks (20) + Mon 10-05 = 21
        assertEquals(21, first.workingDaysOverdue());
        OverdueDossier second = page.rows().get(1);
        assertEquals(d5, second.dossierId());
        assertNull(second.holder()); // unclaimed at the commune
        assertEquals("appraise", second.stepKey());
        assertEquals(2, second.workingDaysOverdue()); // Fri 10-02, Mon 10-05
        ResultPage<OverdueDossier> secondPage = queries.overdueNow(province(), 1, 1);
        assertEquals(2, secondPage.total());
        assertEquals(List.of(d5), secondPage.rows().stream().map(OverdueDossier::dossierId).toList());
        assertEquals(0, queries.overdueNow(queries.scopeFor("quantri", "D1", null, null, null), 0, 10).total());
    }

    // ------------------------------------------------------------------------------------------- index 766

    private Index766.Indicator indicator(Index766 index, String code) {
        return index.groups().stream().flatMap(g -> g.indicators().stream()).filter(i -> i.code().equals(code))
                .findFirst().orElseThrow();
    }

    private Index766 provinceIndex() {
        return queries.index766(province(), SEPTEMBER);
    }

    @Test
    void index21OnTimeOrWithinTimeOfTheDossiersHandled() {
        Index766.Indicator i = indicator(provinceIndex(), "2.1");
        // handled in September: d1 d2 d3 d4 d5 d6 d7 d9 = 8 (d8 finished before, d10 never received)
        // overdue: d3 resolved late + d6 open overdue = 2 → 6 / 8
        assertEquals(6, i.numerator());
        assertEquals(8, i.denominator());
        assertEquals(0.75 * 10, i.points(), EPS); // target 100 %, 10 points
    }

    @Test
    void index22ResolvedEarlyOrOnTime() {
        Index766.Indicator i = indicator(provinceIndex(), "2.2");
        assertEquals(2, i.numerator()); // d1 early, d2 on time
        assertEquals(3, i.denominator());
        assertEquals(2 / 3.0 * 10, i.points(), EPS);
    }

    @Test
    void index31ProceduresOnline() {
        Index766.Indicator i = indicator(provinceIndex(), "3.1");
        assertEquals(2, i.numerator()); // A full, B partial (C information only)
        assertEquals(3, i.denominator());
        assertEquals(2 / 3.0 * 3 / 0.8, i.points(), EPS); // below the 80 % target: rate × 3 / 0.8
    }

    @Test
    void index33ServicesWithOnlineDossiers() {
        Index766.Indicator i = indicator(provinceIndex(), "3.3");
        assertEquals(1, i.numerator()); // A has online dossiers; B only counter and post
        assertEquals(2, i.denominator());
        assertEquals(0.5 * 3, i.points(), EPS);
    }

    @Test
    void index41To43ElectronicResultsDigitisationReuse() {
        Index766 index = provinceIndex();
        Index766.Indicator eResult = indicator(index, "4.1");
        assertEquals(2, eResult.numerator()); // d1 d3 of the 3 resolved
        assertEquals(3, eResult.denominator());
        assertEquals(2 / 3.0 * 4.4, eResult.points(), EPS);
        Index766.Indicator digitised = indicator(index, "4.2");
        assertEquals(3, digitised.numerator()); // d1 d3 d4 of 7 received
        assertEquals(7, digitised.denominator());
        assertEquals(3 / 7.0 * 4.4 / 0.8, digitised.points(), EPS);
        Index766.Indicator reused = indicator(index, "4.3");
        assertEquals(1, reused.numerator()); // d3
        assertEquals(7, reused.denominator());
        assertEquals(1 / 7.0 * 4.4 / 0.8, reused.points(), EPS);
    }

    @Test
    void index14SyncedToTheNationalPortal() {
        Index766.Indicator i = indicator(provinceIndex(), "1.4");
        assertTrue(i.collected());
        assertEquals(4, i.numerator()); // d1 d2 d3 d4 (d8, synced too, was received in August)
        assertEquals(7, i.denominator()); // received in September: d1 d2 d3 d4 d5 d7 d9
        assertEquals(4 / 7.0 * 4.5, i.points(), EPS); // group 1's 18 points split over 1.1–1.4, target 100 %
    }

    @Test
    void index52PaidOnline() {
        Index766.Indicator i = indicator(provinceIndex(), "5.2");
        assertEquals(1, i.numerator()); // d2 of the fee-bearing d2 d3
        assertEquals(2, i.denominator());
        assertEquals(0.5 * 5, i.points(), EPS);
    }

    @Test
    void index63HundredPercentMinusOverdueAndDislike() {
        Index766.Indicator i = indicator(provinceIndex(), "6.3");
        // 8 handled − 2 overdue (d3, d6) − 1 dissatisfied (d2) = 5 / 8
        assertEquals(5, i.numerator());
        assertEquals(8, i.denominator());
        assertEquals(0.625 * 6 / 0.9, i.points(), EPS);
    }

    @Test
    void anInputTheSystemDoesNotCollectHasNoDataNotZero() {
        Index766 index = provinceIndex();
        Index766.Indicator published = indicator(index, "1.1");
        assertFalse(published.collected());
        assertNull(published.numerator());
        assertNull(published.rate());
        assertNull(published.points());
        Index766.Group transparency = index.groups().get(0);
        // 1.1–1.3 have no data and add nothing: group 1 holds the points of 1.4 alone
        assertEquals(indicator(index, "1.4").points(), transparency.points(), EPS);
        assertFalse(indicator(index, "3.4").collected()); // needs the DVCQG sync coefficient
        assertFalse(indicator(index, "6.1").collected()); // feedback (PAKN) handling
    }

    @Test
    void theIndexAddsTheGroupsThatHaveData() {
        Index766 index = provinceIndex();
        double group1 = 4 / 7.0 * 4.5;
        double group2 = 0.75 * 10 + 2 / 3.0 * 10;
        double group3 = 2 / 3.0 * 3 / 0.8 + 0.5 * 3;
        double group4 = 2 / 3.0 * 4.4 + 3 / 7.0 * 4.4 / 0.8 + 1 / 7.0 * 4.4 / 0.8;
        double group5 = 0.5 * 5;
        double group6 = 0.625 * 6 / 0.9;
        assertEquals(group2, index.groups().get(1).points(), EPS);
        assertEquals(group4, index.groups().get(3).points(), EPS);
        assertEquals(group1, index.groups().get(0).points(), EPS);
        assertEquals(group1 + group2 + group3 + group4 + group5 + group6, index.points(), EPS);
        assertEquals("P", index.unitCode());
    }

    @Test
    void targetsAreConfiguration() {
        StatisticsSettings easier = StatisticsSettings.defaults()
                .withTarget("4.2", new StatisticsSettings.Target(0.4, 4.4));
        Index766.Indicator digitised = indicator(queries(easier).index766(province(), SEPTEMBER), "4.2");
        assertEquals(4.4, digitised.points(), EPS); // 3/7 ≈ 43 % ≥ 40 %: full points
        assertTrue(digitised.collected());
    }
}
