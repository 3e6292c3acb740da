package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.Requirement;
import vn.motcua.documents.application.DocumentPolicy;
import vn.motcua.documents.application.DocumentRefusedException;
import vn.motcua.documents.application.DocumentRefusedException.Reason;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.Document;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.documents.infrastructure.JpaDocumentRepository;
import vn.motcua.dossier.application.ComponentFiles;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.platform.database.MotCuaDialectResolver;
import vn.motcua.platform.database.TestDatabase;

/**
 * A citizen uploads the file of a component while filing online: the component's own rules (accepted types by
 * content, largest size, page range) are checked with the store's, before anything is kept; each refusal says in
 * Vietnamese which component and which limit, and leaves neither a document row nor a stored file.
 */
class ComponentUploadRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneOffset.UTC);

    /** A declaration: PDF only, at most 100 KB, 1 to 2 pages. */
    private static final Component DECLARATION = new Component("Tờ khai đăng ký khai sinh", Requirement.REQUIRED, 1, 0,
            null, null, null, "application/pdf", 100, 1, 2);
    /** A medical certificate: PDF or images, at most 1 MB, at least 2 pages. */
    private static final Component CERTIFICATE = new Component("Giấy chứng sinh", Requirement.REQUIRED, 1, 0, null,
            null, null, "application/pdf,image/jpeg,image/png", 1024, 2, null);

    @TempDir
    Path root;

    private DataSource dataSource;
    private StandardServiceRegistry registry;
    private SessionFactory sessions;
    private EntityManager em;
    private Actor citizen;

    @BeforeEach
    void database() {
        dataSource = TestDatabase.H2.openMigrated("component-uploads", true);
        registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DIALECT_RESOLVERS, MotCuaDialectResolver.class.getName())
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .build();
        sessions = new MetadataSources(registry).addAnnotatedClass(Document.class).buildMetadata()
                .buildSessionFactory();
        em = sessions.createEntityManager();
        citizen = new Actor(query("SELECT id FROM user_account WHERE username = 'congdan.an'"), "congdan.an",
                "Nguyễn Văn An", List.of(new Actor.Grant(Role.CITIZEN, null)));
    }

    @AfterEach
    void close() throws SQLException {
        em.close();
        sessions.close();
        StandardServiceRegistryBuilder.destroy(registry);
        TestDatabase.H2.release(dataSource);
    }

    @Test
    void keepsAFileThatFitsItsComponent() throws IOException {
        StoredDocument stored = upload(DECLARATION, DocumentStoreTest.pdf(2), "to-khai.pdf");

        assertThat(stored.pageCount()).isEqualTo(2);
        assertThat(rows()).isEqualTo(1);
        assertThat(files()).hasSize(1);
    }

    @Test
    void refusesARenamedProgramNamingTheComponentAndWhatItIs() throws IOException {
        DocumentRefusedException refused = refused(CERTIFICATE, DocumentStoreTest.windowsExecutable(), "giay.pdf");

        assertThat(refused.reason()).isEqualTo(Reason.COMPONENT_TYPE);
        assertThat(refused.getMessage()).isEqualTo("Tệp \"giay.pdf\" cho thành phần \"Giấy chứng sinh\" không phải "
                + "PDF, ảnh JPEG, ảnh PNG (nội dung là tệp chương trình chạy được (application/x-msdownload)). "
                + "Hệ thống không lưu tệp này.");
        assertNothingStored();
    }

    @Test
    void refusesAnImageWhereTheComponentAcceptsOnlyPdf() throws IOException {
        DocumentRefusedException refused = refused(DECLARATION, png(), "to-khai.png");

        assertThat(refused.reason()).isEqualTo(Reason.COMPONENT_TYPE);
        assertThat(refused.getMessage()).startsWith("Tệp \"to-khai.png\" cho thành phần \"Tờ khai đăng ký khai sinh\" "
                + "không phải PDF (nội dung là ảnh PNG)");
        assertNothingStored();
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        DocumentRefusedException refused = refused(DECLARATION, new byte[0], "to-khai.pdf");

        assertThat(refused.reason()).isEqualTo(Reason.EMPTY);
        assertThat(refused.getMessage()).startsWith("Tệp \"to-khai.pdf\" không có nội dung (0 byte)");
        assertNothingStored();
    }

    @Test
    void refusesAFileLargerThanItsComponentAllows() throws IOException {
        byte[] large = java.util.Arrays.copyOf(DocumentStoreTest.pdf(1), 150 * 1024);

        DocumentRefusedException refused = refused(DECLARATION, large, "to-khai.pdf");

        assertThat(refused.reason()).isEqualTo(Reason.COMPONENT_TOO_LARGE);
        assertThat(refused.getMessage()).startsWith("Tệp \"to-khai.pdf\" lớn hơn 100 KB, dung lượng tối đa của thành "
                + "phần \"Tờ khai đăng ký khai sinh\"");
        assertNothingStored();
    }

    @Test
    void refusesAPdfWithMorePagesThanItsComponentTakes() throws IOException {
        DocumentRefusedException refused = refused(DECLARATION, DocumentStoreTest.pdf(3), "to-khai.pdf");

        assertThat(refused.reason()).isEqualTo(Reason.COMPONENT_PAGES);
        assertThat(refused.getMessage()).isEqualTo("Thành phần \"Tờ khai đăng ký khai sinh\" cần từ 1 đến 2 trang, "
                + "tệp \"to-khai.pdf\" có 3 trang.");
        assertNothingStored();
    }

    @Test
    void refusesAnImageWhereTheComponentNeedsSeveralPages() throws IOException {
        DocumentRefusedException refused = refused(CERTIFICATE, png(), "giay.png");

        assertThat(refused.reason()).isEqualTo(Reason.COMPONENT_TOO_FEW_PAGES);
        assertThat(refused.getMessage()).isEqualTo("Thành phần \"Giấy chứng sinh\" cần ít nhất 2 trang, tệp "
                + "\"giay.png\" có 1 trang.");
        assertNothingStored();
    }

    @Test
    void aDocumentReusedFromTheStoreIsCheckedAgainstTheNewComponent() {
        StoredDocument threePages = upload(CERTIFICATE, DocumentStoreTest.pdf(3), "giay.pdf");

        assertThat(ComponentFiles.problem(CERTIFICATE, threePages)).isNull();
        assertThat(ComponentFiles.problem(DECLARATION, threePages)).isEqualTo("Thành phần \"Tờ khai đăng ký khai "
                + "sinh\" cần từ 1 đến 2 trang, tệp \"giay.pdf\" có 3 trang.");
    }

    private StoredDocument upload(Component component, byte[] content, String name) {
        em.getTransaction().begin();
        try {
            StoredDocument stored = store().store(citizen, new ByteArrayInputStream(content), name, null,
                    DocumentPurpose.DOSSIER_COMPONENT, ComponentFiles.rules(component));
            em.getTransaction().commit();
            return stored;
        } catch (RuntimeException e) {
            em.getTransaction().rollback();
            throw e;
        } finally {
            em.clear();
        }
    }

    private DocumentRefusedException refused(Component component, byte[] content, String name) {
        return catchThrowableOfType(DocumentRefusedException.class, () -> upload(component, content, name));
    }

    private DocumentStore store() {
        return new DocumentStore(new JpaDocumentRepository(em), DocumentPolicy.defaults(root), CLOCK);
    }

    private void assertNothingStored() throws IOException {
        assertThat(files()).as("files under the document root").isEmpty();
        assertThat(rows()).as("document rows").isZero();
    }

    private long rows() {
        return query("SELECT COUNT(*) FROM document");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private long query(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
