package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.documents.application.DocumentContent;
import vn.motcua.documents.application.DocumentIntegrityException;
import vn.motcua.documents.application.DocumentPolicy;
import vn.motcua.documents.application.DocumentRefusedException;
import vn.motcua.documents.application.DocumentRefusedException.Reason;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.Document;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.documents.infrastructure.JpaDocumentRepository;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.platform.database.MotCuaDialectResolver;
import vn.motcua.platform.database.TestDatabase;

/**
 * The document store on H2 (migrated by Flyway, as the application does) and a folder of its own: what is kept, what
 * is refused with which message, and that nothing of a refused file remains, neither a file nor a row.
 */
class DocumentStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    private DataSource dataSource;
    private StandardServiceRegistry registry;
    private SessionFactory sessions;
    private EntityManager em;
    private Actor citizen;
    private Actor otherCitizen;
    private Actor deskOfficer;

    @BeforeEach
    void database() throws SQLException {
        dataSource = TestDatabase.H2.openMigrated("documents", true);
        registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DIALECT_RESOLVERS, MotCuaDialectResolver.class.getName())
                .applySetting(AvailableSettings.JDBC_TIME_ZONE, "UTC")
                .build();
        sessions = new MetadataSources(registry).addAnnotatedClass(Document.class).buildMetadata()
                .buildSessionFactory();
        em = sessions.createEntityManager();
        citizen = new Actor(accountId("congdan.an"), "congdan.an", "Nguyễn Văn An",
                List.of(new Actor.Grant(Role.CITIZEN, null)));
        otherCitizen = new Actor(null, "congdan.khac", "Trần Thị Bé", List.of(new Actor.Grant(Role.CITIZEN, null)));
        deskOfficer = new Actor(accountId("motcua.tdm"), "motcua.tdm", "Nguyễn Thị Thu Hà",
                List.of(new Actor.Grant(Role.DESK_OFFICER, "UBND-P-TDM")));
    }

    @AfterEach
    void close() throws SQLException {
        em.close();
        sessions.close();
        StandardServiceRegistryBuilder.destroy(registry);
        TestDatabase.H2.release(dataSource);
    }

    @Test
    void storesAPdfUnderItsChecksumAndReadsTheSameBytesBack() throws IOException {
        byte[] pdf = pdf(3);

        StoredDocument stored = store(DocumentPolicy.defaults(root), citizen, pdf, "Giấy khai sinh.pdf",
                "application/pdf", DocumentPurpose.DOSSIER_COMPONENT);

        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.pageCount()).isEqualTo(3);
        assertThat(stored.originalName()).isEqualTo("Giấy khai sinh.pdf");
        assertThat(stored.createdBy()).isEqualTo("congdan.an");
        assertThat(stored.createdAt()).isEqualTo(CLOCK.instant());
        Path blob = root.resolve("sha256").resolve(stored.sha256().substring(0, 2))
                .resolve(stored.sha256().substring(2, 4)).resolve(stored.sha256());
        assertThat(blob).hasBinaryContent(pdf);
        assertThat(rows()).isEqualTo(1);

        try (DocumentContent content = store(DocumentPolicy.defaults(root)).open(citizen, stored.id())) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(pdf);
            assertThat(content.document()).isEqualTo(stored);
        }
    }

    @Test
    void keepsIdenticalContentOnceWithARowForEachUpload() throws IOException {
        byte[] png = png();
        DocumentPolicy policy = DocumentPolicy.defaults(root);

        StoredDocument first = store(policy, citizen, png, "anh-the.png", "image/png", DocumentPurpose.DOSSIER_COMPONENT);
        StoredDocument second = store(policy, deskOfficer, png, "scan-0001.png", null, DocumentPurpose.SCAN);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(rows()).isEqualTo(2);
        assertThat(filesUnder(root)).hasSize(1);
    }

    @Test
    void refusesARenamedWindowsProgramWithAVietnameseMessageAndStoresNothing() throws IOException {
        DocumentRefusedException refused = catchThrowableOfType(DocumentRefusedException.class,
                () -> store(DocumentPolicy.defaults(root), citizen, windowsExecutable(), "hoso.pdf", "application/pdf",
                        DocumentPurpose.DOSSIER_COMPONENT));

        assertThat(refused.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refused.getMessage()).isEqualTo("Tệp \"hoso.pdf\" không được chấp nhận: nội dung thực của tệp là "
                + "tệp chương trình chạy được (application/x-msdownload), không thuộc các loại được nhận "
                + "(PDF, ảnh JPEG, ảnh PNG). Hệ thống không lưu tệp này.");
        assertThat(refused.message(Locale.ENGLISH)).startsWith("The file \"hoso.pdf\" is not accepted: its content is "
                + "an executable program (application/x-msdownload)");
        assertNothingStored();
    }

    @Test
    void refusesARenamedLinuxProgram() throws IOException {
        DocumentRefusedException refused = catchThrowableOfType(DocumentRefusedException.class,
                () -> store(DocumentPolicy.defaults(root), citizen, elfExecutable(), "hoso.pdf", "application/pdf",
                        DocumentPurpose.DOSSIER_COMPONENT));

        assertThat(refused.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refused.getMessage()).contains("tệp chương trình chạy được");
        assertNothingStored();
    }

    @Test
    void refusesContentOfAnotherTypeThanItsNameOrDeclaredType() throws IOException {
        DocumentPolicy policy = DocumentPolicy.defaults(root);

        DocumentRefusedException byName = catchThrowableOfType(DocumentRefusedException.class,
                () -> store(policy, citizen, png(), "anh-the.jpg", null, DocumentPurpose.DOSSIER_COMPONENT));
        DocumentRefusedException byType = catchThrowableOfType(DocumentRefusedException.class,
                () -> store(policy, citizen, pdf(1), "to-khai", "image/png", DocumentPurpose.DOSSIER_COMPONENT));

        assertThat(byName.reason()).isEqualTo(Reason.TYPE_MISMATCH);
        assertThat(byName.getMessage()).isEqualTo("Tệp \"anh-the.jpg\" không được chấp nhận: tệp được khai là ảnh JPEG "
                + "nhưng nội dung thực là ảnh PNG. Hãy đặt lại đúng tên tệp hoặc chọn đúng tệp.");
        assertThat(byType.reason()).isEqualTo(Reason.TYPE_MISMATCH);
        assertNothingStored();
    }

    @Test
    void refusesAFileLargerThanTheLimit() throws IOException {
        DocumentPolicy small = DocumentPolicy.defaults(root).withLimits(2048, 200);

        DocumentRefusedException refused = catchThrowableOfType(DocumentRefusedException.class,
                () -> store(small, citizen, pdfOfAtLeast(4096), "ban-ve.pdf", "application/pdf",
                        DocumentPurpose.DOSSIER_COMPONENT));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.getMessage()).isEqualTo("Tệp \"ban-ve.pdf\" lớn hơn dung lượng cho phép (2 KB). "
                + "Hãy nén hoặc chia nhỏ tệp rồi tải lên lại.");
        assertNothingStored();
    }

    @Test
    void refusesAPdfWithMorePagesThanTheLimit() throws IOException {
        DocumentPolicy threePages = DocumentPolicy.defaults(root).withLimits(DocumentPolicy.DEFAULT_MAX_BYTES, 3);

        DocumentRefusedException refused = catchThrowableOfType(DocumentRefusedException.class,
                () -> store(threePages, citizen, pdf(4), "hop-dong.pdf", "application/pdf",
                        DocumentPurpose.DOSSIER_COMPONENT));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
        assertThat(refused.getMessage()).isEqualTo("Tệp \"hop-dong.pdf\" có 4 trang, nhiều hơn số trang cho phép (3 trang).");
        assertNothingStored();
    }

    @Test
    void refusesEncryptedDamagedAndEmptyFiles() throws IOException {
        DocumentPolicy policy = DocumentPolicy.defaults(root);
        byte[] damaged = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nthis is not a PDF\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> store(policy, citizen, encryptedPdf(), "mat-khau.pdf", "application/pdf",
                DocumentPurpose.DOSSIER_COMPONENT))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ENCRYPTED));
        assertThatThrownBy(() -> store(policy, citizen, damaged, "hong.pdf", "application/pdf",
                DocumentPurpose.DOSSIER_COMPONENT))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
        assertThatThrownBy(() -> store(policy, citizen, new byte[0], "rong.pdf", "application/pdf",
                DocumentPurpose.DOSSIER_COMPONENT))
                .isInstanceOfSatisfying(DocumentRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        assertNothingStored();
    }

    @Test
    void acceptsOfficeFilesOnlyForPurposesThatAllowThem() throws IOException {
        DocumentPolicy policy = DocumentPolicy.defaults(root);

        StoredDocument draft = store(policy, deskOfficer, docx(), "du-thao.docx", null, DocumentPurpose.WORKING_FILE);
        DocumentRefusedException refused = catchThrowableOfType(DocumentRefusedException.class,
                () -> store(policy, citizen, docx(), "don.docx", null, DocumentPurpose.DOSSIER_COMPONENT));

        assertThat(draft.mediaType()).isEqualTo(DocumentPolicy.DOCX);
        assertThat(draft.pageCount()).isNull();
        assertThat(refused.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void refusesToServeAFileWhoseBytesChangedOnDisk() throws IOException {
        DocumentPolicy policy = DocumentPolicy.defaults(root);
        StoredDocument stored = store(policy, citizen, pdf(1), "to-khai.pdf", "application/pdf",
                DocumentPurpose.DOSSIER_COMPONENT);
        Path blob = filesUnder(root).get(0);
        byte[] changed = Files.readAllBytes(blob);
        changed[changed.length / 2] ^= 0x01;
        Files.write(blob, changed);

        DocumentIntegrityException refused = catchThrowableOfType(DocumentIntegrityException.class,
                () -> store(policy).open(citizen, stored.id()));

        assertThat(refused.documentId()).isEqualTo(stored.id());
        assertThat(refused.getMessage()).startsWith("Tệp của tài liệu số " + stored.id() + " trên máy chủ đã bị thay đổi");

        Files.delete(blob);
        assertThatThrownBy(() -> store(policy).open(citizen, stored.id())).isInstanceOf(DocumentIntegrityException.class);
    }

    @Test
    void endsTheStreamWithAnErrorWhenTheFileChangesWhileItIsRead() throws IOException {
        DocumentPolicy policy = DocumentPolicy.defaults(root);
        StoredDocument stored = store(policy, citizen, pdf(1), "to-khai.pdf", "application/pdf",
                DocumentPurpose.DOSSIER_COMPONENT);
        Path blob = filesUnder(root).get(0);

        try (DocumentContent content = store(policy).open(citizen, stored.id());
             FileChannel writer = FileChannel.open(blob, StandardOpenOption.WRITE)) {
            writer.write(ByteBuffer.wrap(new byte[] {'X'}), stored.size() - 2);
            assertThatThrownBy(() -> content.bytes().readAllBytes()).isInstanceOf(IOException.class)
                    .hasMessageContaining("changed while it was read");
        }
    }

    @Test
    void reusesTheFileOfAnUploadWhoseTransactionRolledBack() throws IOException {
        DocumentPolicy policy = DocumentPolicy.defaults(root);
        byte[] pdf = pdf(2);
        em.getTransaction().begin();
        store(policy).store(citizen, new ByteArrayInputStream(pdf), "a.pdf", "application/pdf",
                DocumentPurpose.DOSSIER_COMPONENT);
        em.getTransaction().rollback();
        em.clear();

        assertThat(rows()).isZero();
        assertThat(filesUnder(root)).hasSize(1);

        StoredDocument stored = store(policy, citizen, pdf, "a.pdf", "application/pdf", DocumentPurpose.DOSSIER_COMPONENT);
        try (DocumentContent content = store(policy).open(citizen, stored.id())) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(pdf);
        }
        assertThat(filesUnder(root)).hasSize(1);
    }

    @Test
    void letsTheUploaderAndOfficialsReadButNotOtherCitizens() throws IOException {
        DocumentPolicy policy = DocumentPolicy.defaults(root);
        StoredDocument stored = store(policy, citizen, png(), "anh.png", "image/png", DocumentPurpose.DOSSIER_COMPONENT);

        assertThat(store(policy).describe(citizen, stored.id())).isEqualTo(stored);
        assertThat(store(policy).describe(deskOfficer, stored.id())).isEqualTo(stored);
        assertThatThrownBy(() -> store(policy).describe(otherCitizen, stored.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertNothingStored() throws IOException {
        assertThat(filesUnder(root)).as("files under the document root").isEmpty();
        assertThat(rows()).as("document rows").isZero();
    }

    private DocumentStore store(DocumentPolicy policy) {
        return new DocumentStore(new JpaDocumentRepository(em), policy, CLOCK);
    }

    /** One upload in a transaction of its own, rolled back when the store refuses it (as the container does). */
    private StoredDocument store(DocumentPolicy policy, Actor actor, byte[] content, String name, String type,
                                 DocumentPurpose purpose) {
        return inTransaction(() -> store(policy).store(actor, new ByteArrayInputStream(content), name, type, purpose));
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            em.getTransaction().rollback();
            throw e;
        } finally {
            em.clear();
        }
    }

    private long rows() {
        return query("SELECT COUNT(*) FROM document");
    }

    private long accountId(String username) {
        return query("SELECT id FROM user_account WHERE username = '" + username + "'");
    }

    private long query(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid PDF followed by {@code size} bytes that do not compress. */
    private static byte[] pdfOfAtLeast(int size) {
        byte[] pdf = pdf(1);
        byte[] padded = java.util.Arrays.copyOf(pdf, pdf.length + size);
        byte[] noise = new byte[size];
        new java.util.Random(7).nextBytes(noise);
        System.arraycopy(noise, 0, padded, pdf.length, size);
        return padded;
    }

    private static byte[] encryptedPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy protection = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            protection.setEncryptionKeyLength(128);
            document.protect(protection);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** An Office Open XML package with its content-types part first, as Word writes it. */
    private static byte[] docx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The start of a Windows program: the DOS header ("MZ"), a DOS stub, and the PE header it points to. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x84] = (byte) 0x64;
        exe[0x85] = (byte) 0x86;
        return exe;
    }

    /** The start of a Linux program: an ELF header of a 64-bit little-endian executable. */
    private static byte[] elfExecutable() {
        byte[] elf = new byte[256];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        elf[16] = 2;
        elf[18] = 0x3E;
        elf[20] = 1;
        return elf;
    }
}
