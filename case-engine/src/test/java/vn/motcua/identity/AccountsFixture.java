package vn.motcua.identity;

import static vn.motcua.testing.FixturePlumbing.entityClasses;
import static vn.motcua.testing.FixturePlumbing.wire;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import vn.motcua.documents.application.DocumentPolicy;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.infrastructure.JpaDocumentRepository;
import vn.motcua.integration.application.Outbox;
import vn.motcua.integration.outbox.NewMessage;
import vn.motcua.notification.domain.EmailPayload;
import vn.motcua.notification.infrastructure.NotificationConfiguration;
import vn.motcua.platform.database.MotCuaDialectResolver;
import vn.motcua.platform.database.TestDatabase;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;

/**
 * The account services wired by hand on the migrated schema with the demo accounts (H2): a password hasher that
 * keeps the text (the container's PBKDF2 is not needed to test the rules), an outbox that keeps the e-mails.
 */
final class AccountsFixture implements AutoCloseable {

    final ApplicationClock clock = new ApplicationClock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    final DataSource database;
    final SessionFactory sessions;
    final EntityManager em;
    final List<EmailPayload> mails = new ArrayList<>();
    final AccountRepository accounts = new AccountRepository();
    final CitizenAccounts citizens = new CitizenAccounts();
    final CitizenProfiles profiles = new CitizenProfiles();
    final Authorisations authorisations = new Authorisations();
    final Path documentRoot;

    AccountsFixture() throws Exception {
        clock.setTo(at("2026-03-02T08:00"));
        database = TestDatabase.H2.openMigrated("accounts", true);
        sessions = new MetadataSources(new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, database)
                .applySetting(AvailableSettings.DIALECT_RESOLVERS, MotCuaDialectResolver.class.getName())
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .build()) {
            {
                entityClasses().forEach(this::addAnnotatedClass);
            }
        }.buildMetadata().buildSessionFactory();
        em = sessions.openSession();
        wire(accounts, "em", em);
        NotificationConfiguration notifications = new NotificationConfiguration();
        wire(notifications, "templatesDir", Optional.empty(), "portalUrl", "https://dichvucong.example.vn/");
        Outbox outbox = new Outbox() {
            @Override
            public long enqueue(NewMessage message) {
                mails.add(EmailPayload.fromJson(message.payload()));
                return mails.size();
            }
        };
        wire(citizens, "em", em, "accounts", accounts, "passwordHash", new TextHash(), "outbox", outbox,
                "notifications", notifications, "clock", clock, "verificationValidFor", "PT24H",
                "resetValidFor", "PT1H");
        wire(profiles, "accounts", accounts, "clock", clock);
        documentRoot = Files.createTempDirectory("accounts-documents");
        wire(authorisations, "em", em, "clock", clock, "documents",
                new DocumentStore(new JpaDocumentRepository(em), DocumentPolicy.defaults(documentRoot), clock));
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BusinessTime.ZONE).toInstant();
    }

    /** Runs a use case in its own transaction, as the container does for a @Transactional method. */
    <T> T tx(Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.clear();
        }
    }

    void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    /** The token of the link in the last e-mail sent. */
    String lastLinkToken() {
        Matcher link = Pattern.compile("\\?token=([A-Za-z0-9_-]+)").matcher(mails.get(mails.size() - 1).text());
        if (!link.find()) {
            throw new AssertionError("the last e-mail has no link: " + mails.get(mails.size() - 1).text());
        }
        return link.group(1);
    }

    Actor actorOf(String username) {
        return tx(() -> accounts.findByUsername(username).orElseThrow().toActor());
    }

    @Override
    public void close() throws Exception {
        em.close();
        sessions.close();
        TestDatabase.H2.release(database);
    }

    /** Keeps the password text behind a prefix: enough to tell which password was set. */
    static final class TextHash implements Pbkdf2PasswordHash {
        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "text:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return hashedPassword.equals(generate(password));
        }
    }
}
