package vn.motcua.integration.dvcqg;

import java.time.Duration;
import vn.motcua.platform.database.ConfiguredDataSource;

/**
 * A relay node in a process of its own, for the crash test: delivers the outbox of a file database to the portal
 * until it is drained, then exits 0 (or is killed before). Arguments: JDBC URL, portal URL, lease in milliseconds,
 * node name.
 */
public final class RelayProcess {

    private RelayProcess() {
    }

    public static void main(String[] args) throws Exception {
        ConfiguredDataSource dataSource = new ConfiguredDataSource();
        dataSource.setUrl(args[0]);
        dataSource.setUser("sa");
        try (RelayHarness relay = new RelayHarness(dataSource, args[1], Duration.ofMillis(400),
                Duration.ofMillis(Long.parseLong(args[2])), 2, args[3], args[3].hashCode())) {
            if (!relay.awaitDrained(0, Duration.ofMinutes(5))) {
                System.out.println("NOT DRAINED");
                System.exit(2);
            }
        }
        System.out.println("DRAINED");
        System.exit(0);
    }
}
