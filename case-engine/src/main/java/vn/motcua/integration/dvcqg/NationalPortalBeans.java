package vn.motcua.integration.dvcqg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import vn.motcua.integration.outbox.OutboxHandler;

/**
 * Makes the container's national-portal client (one per node, so its session is shared by the relay's workers and
 * the reconciliation) and registers its delivery as the outbox's DVCQG handler.
 */
@ApplicationScoped
public class NationalPortalBeans {

    @Inject
    NationalPortalSettings settings;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Produces
    @Singleton
    PortalClient client() {
        return new PortalClient(settings.connection(), new ExchangeLog(dataSource), clock);
    }

    @Produces
    @Singleton
    OutboxHandler delivery(Provider<PortalClient> client, Event<NationalPortalAccepted> accepted) {
        return new NationalPortalDelivery(client::get, accepted::fire);
    }

    @Produces
    @Singleton
    ExchangeLog exchangeLog() {
        return new ExchangeLog(dataSource);
    }
}
