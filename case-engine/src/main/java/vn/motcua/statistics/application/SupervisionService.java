package vn.motcua.statistics.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.hibernate.Session;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.statistics.infrastructure.Connections;
import vn.motcua.statistics.infrastructure.JdbcSupervisionQueries;

/**
 * The supervision queries for the dashboard, the exports and the open-data API, read from the statistics read
 * model on the connection of the caller's transaction.
 */
@ApplicationScoped
public class SupervisionService implements SupervisionQueries {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StatisticsSettings settings;

    @Inject
    WorkingCalendars calendars;

    private JdbcSupervisionQueries queries;

    @PostConstruct
    void build() {
        Connections connections = new Connections() {
            @Override
            public <T> T run(Work<T> work) {
                return em.unwrap(Session.class).doReturningWork(work::apply);
            }
        };
        queries = new JdbcSupervisionQueries(connections, clock, settings, calendars::forUnit);
    }

    @Override
    @Transactional
    public StatisticsScope scopeFor(String username, String unitCode, String level, String field,
                                    String procedureCode) {
        return queries.scopeFor(username, unitCode, level, field, procedureCode);
    }

    /** The open-data scope: any unit of the province (the current root when none is named). */
    @Transactional
    public StatisticsScope openScope(String unitCode) {
        return queries.openScope(unitCode);
    }

    @Override
    @Transactional
    public Kpis kpis(StatisticsScope scope, Period period) {
        return queries.kpis(scope, period);
    }

    @Override
    @Transactional
    public List<TrendPoint> trend(StatisticsScope scope, Period period, PeriodKind bucket) {
        return queries.trend(scope, period, bucket);
    }

    @Override
    @Transactional
    public List<SummaryRow> summary(StatisticsScope scope, Period period, GroupBy groupBy) {
        return queries.summary(scope, period, groupBy);
    }

    @Override
    @Transactional
    public List<Bottleneck> bottlenecks(StatisticsScope scope, Period period, int limit) {
        return queries.bottlenecks(scope, period, limit);
    }

    @Override
    @Transactional
    public ResultPage<OverdueDossier> overdueNow(StatisticsScope scope, int page, int size) {
        return queries.overdueNow(scope, page, size);
    }

    @Override
    @Transactional
    public Index766 index766(StatisticsScope scope, Period period) {
        return queries.index766(scope, period);
    }
}
