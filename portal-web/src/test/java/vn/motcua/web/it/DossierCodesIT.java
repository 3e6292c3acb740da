package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.dossier.domain.DossierCode;

/**
 * Dossier codes under concurrency: two desks taking codes for the same agency and day at the same time get distinct,
 * gap-free codes. The counter is a database row locked until commit, so two nodes on a shared database behave as
 * these two threads do (no state in the JVM decides a code).
 */
@ExtendWith(ArquillianExtension.class)
class DossierCodesIT {

    private static final int THREADS = 2;
    private static final int CODES_PER_THREAD = 2000;

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, CodeTaker.class);
    }

    @Inject
    CodeTaker codes;

    @Inject
    DataSource dataSource;

    @Test
    void twoDesksTakingFourThousandCodesForTheSameAgencyAndDayGetDistinctGapFreeCodes() throws Exception {
        String agency = "000.00.30.H29";
        // A day no other test or earlier run on a kept database has used.
        LocalDate day = LocalDate.of(2100, 1, 1).plusDays(System.nanoTime() % 36_000);
        assertThatThrownBy(() -> codes.takeAndFail(agency, day)).isInstanceOf(IllegalStateException.class);

        ExecutorService desks = Executors.newFixedThreadPool(THREADS);
        List<DossierCode> taken = new ArrayList<>();
        try {
            List<Callable<List<DossierCode>>> work = new ArrayList<>();
            for (int desk = 0; desk < THREADS; desk++) {
                work.add(() -> IntStream.range(0, CODES_PER_THREAD).mapToObj(i -> codes.take(agency, day)).toList());
            }
            long started = System.nanoTime();
            for (Future<List<DossierCode>> done : desks.invokeAll(work)) {
                taken.addAll(done.get());
            }
            System.out.printf("Dossier codes on %s: %d codes by %d threads in %d ms%n",
                    Deployments.database(dataSource), taken.size(), THREADS, (System.nanoTime() - started) / 1_000_000);
        } finally {
            desks.shutdownNow();
        }

        int total = THREADS * CODES_PER_THREAD;
        assertThat(taken).hasSize(total);
        String prefix = DossierCode.of(agency, day, 1).value().substring(0, agency.length() + 8);
        assertThat(taken).allSatisfy(code -> assertThat(code.value()).startsWith(prefix));
        Set<Integer> sequences = taken.stream()
                .map(code -> Integer.parseInt(code.value().substring(prefix.length())))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(sequences).as("distinct codes").hasSize(total);
        assertThat(((TreeSet<Integer>) sequences).first())
                .as("gap-free from 1: the failed filing gave its code back").isEqualTo(1);
        assertThat(((TreeSet<Integer>) sequences).last()).isEqualTo(total);
        assertThat(taken).contains(new DossierCode(prefix + "0001"), new DossierCode(prefix + "4000"));
    }
}
