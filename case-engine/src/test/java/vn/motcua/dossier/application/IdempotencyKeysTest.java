package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.jobs.JobStore;
import vn.motcua.testing.FixturePlumbing;

/**
 * The idempotency keys on the migrated schema (H2, and MariaDB with {@code -Dit.db=mariadb}), each claim committed at
 * once as in its own transaction: of
 * concurrent submits under one key exactly one files, the others are told it is in flight or get the same answer;
 * the key of another request is refused; a failed filing gives its key back.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class IdempotencyKeysTest {

    private static final long OWNER = 7;
    private static final Actor CITIZEN = new Actor(OWNER, "congdan.an", "Nguyễn Văn An",
            List.of(new Actor.Grant(Role.CITIZEN, null)));

    @Parameter
    TestDatabase kind;

    private DataSource database;
    private IdempotencyKeys keys;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void database() {
        database = kind.openMigrated("motcua_idempotency_test", false);
        keys = new IdempotencyKeys(database, JobStore.StatementTransactions.AUTOCOMMIT, clock);
    }

    @AfterEach
    void close() throws Exception {
        kind.release(database);
    }

    @Test
    void ofTwoThreadsClaimingOneKeyOneWins() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<IdempotencyKeys.Claim> claim = () -> {
                start.await();
                return keys.claim(OWNER, "k-1", "hash");
            };
            Future<IdempotencyKeys.Claim> first = threads.submit(claim);
            Future<IdempotencyKeys.Claim> second = threads.submit(claim);
            start.countDown();
            List<IdempotencyKeys.Claim> claims = List.of(first.get(10, TimeUnit.SECONDS),
                    second.get(10, TimeUnit.SECONDS));

            assertThat(claims).filteredOn(c -> c instanceof IdempotencyKeys.Claimed).hasSize(1);
            assertThat(claims).filteredOn(c -> c instanceof IdempotencyKeys.InFlight).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aCompletedKeyGivesTheStoredAnswerAndRefusesAnotherRequest() {
        assertThat(keys.claim(OWNER, "k-2", "hash")).isInstanceOf(IdempotencyKeys.Claimed.class);
        keys.complete(OWNER, "k-2", "000.30.01.H29-260302-0001", 201, "{\"code\":\"x\"}");

        assertThat(keys.claim(OWNER, "k-2", "hash")).isEqualTo(
                new IdempotencyKeys.Completed("000.30.01.H29-260302-0001", 201, "{\"code\":\"x\"}"));
        assertThat(keys.claim(OWNER, "k-2", "another hash")).isInstanceOf(IdempotencyKeys.Mismatch.class);
        assertThat(keys.claim(OWNER + 1, "k-2", "another hash")).as("keys are per account")
                .isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void aReleasedKeyCanBeClaimedAgainByACorrectedRetry() {
        assertThat(keys.claim(OWNER, "k-3", "wrong")).isInstanceOf(IdempotencyKeys.Claimed.class);
        keys.release(OWNER, "k-3");

        assertThat(keys.claim(OWNER, "k-3", "corrected")).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void aKeyExpiresAfterItsRetention() {
        assertThat(keys.claim(OWNER, "k-4", "hash")).isInstanceOf(IdempotencyKeys.Claimed.class);
        keys.complete(OWNER, "k-4", "code", 201, "{}");
        IdempotencyKeys later = new IdempotencyKeys(database, JobStore.StatementTransactions.AUTOCOMMIT,
                Clock.offset(clock, IdempotencyKeys.RETENTION.plus(Duration.ofMinutes(1))));

        assertThat(later.claim(OWNER, "k-4", "other")).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    @Test
    void twentyConcurrentSubmitsUnderOneKeyFileOneDossierAndAllNameIt() throws Exception {
        AtomicInteger filed = new AtomicInteger();
        IdempotentFiling filing = new IdempotentFiling();
        IdempotentFiling.FilingTransaction slowFiling = new IdempotentFiling.FilingTransaction() {
            @Override
            public IdempotentFiling.Outcome fileAndComplete(Actor citizen, String key, FilingRequest request,
                                                            Long draftId) {
                int number = filed.incrementAndGet();
                sleep(200);
                String code = "000.30.01.H29-261121-000" + number;
                IdempotencyKeysTest.this.keys.complete(citizen.accountId(), key, code, 201, "{\"code\":\"" + code + "\"}");
                return new IdempotentFiling.Outcome(code, 201, "{\"code\":\"" + code + "\"}");
            }
        };
        FixturePlumbing.wire(filing, "keys", keys, "filing", slowFiling);
        FilingRequest request = new FilingRequest("1.001193", "000.30.01.H29", "Nguyễn Văn An", "001090000001",
                "0912345678", null, Map.of("childName", "Nguyễn Văn Bình"));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        List<Future<Object>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    try {
                        return filing.submit(CITIZEN, "double-click", request, null);
                    } catch (IdempotentFiling.InFlightException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> answer : answers) {
                results.add(answer.get(20, TimeUnit.SECONDS));
            }

            assertThat(filed).hasValue(1);
            assertThat(results).filteredOn(r -> r instanceof IdempotentFiling.Outcome o && o.status() == 201)
                    .hasSize(1);
            assertThat(results).allSatisfy(r -> {
                if (r instanceof IdempotentFiling.Outcome o) {
                    assertThat(o.dossierCode()).isEqualTo("000.30.01.H29-261121-0001");
                } else {
                    assertThat(r).isInstanceOf(IdempotentFiling.InFlightException.class);
                }
            });
        } finally {
            threads.shutdownNow();
        }
        IdempotentFiling.Outcome retry = filing.submit(CITIZEN, "double-click", request, null);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo("{\"code\":\"000.30.01.H29-261121-0001\"}");
        FilingRequest other = new FilingRequest("1.001193", "000.30.01.H29", "Nguyễn Văn An", "001090000001",
                "0912345678", null, Map.of("childName", "Nguyễn Văn Chi"));
        assertThatThrownBy(() -> filing.submit(CITIZEN, "double-click", other, null))
                .isInstanceOf(IdempotentFiling.KeyReusedException.class);
    }

    @Test
    void aFailedFilingGivesItsKeyBack() {
        IdempotentFiling filing = new IdempotentFiling();
        IdempotentFiling.FilingTransaction refusing = new IdempotentFiling.FilingTransaction() {
            @Override
            public IdempotentFiling.Outcome fileAndComplete(Actor citizen, String key, FilingRequest request,
                                                            Long draftId) {
                throw new FilingRefusedException(Map.of("applicantPhone", "Số điện thoại gồm 9 đến 15 chữ số"));
            }
        };
        FixturePlumbing.wire(filing, "keys", keys, "filing", refusing);
        FilingRequest request = new FilingRequest("1.001193", "000.30.01.H29", "Nguyễn Văn An", "001090000001",
                "12", null, Map.of());

        assertThatThrownBy(() -> filing.submit(CITIZEN, "retry-me", request, null))
                .isInstanceOf(FilingRefusedException.class);
        assertThat(keys.claim(OWNER, "retry-me", "corrected")).isInstanceOf(IdempotencyKeys.Claimed.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
