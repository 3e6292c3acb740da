package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, acceptances 2 and 3, over HTTP as a mobile app calls the portal: the same filing sent twenty times at once
 * under one Idempotency-Key files one dossier and every answer names it (201 once, then 200 with the same body, or
 * 409 while the first is in flight); the same key with another body is refused (422). A renamed program, an empty
 * file, a file larger than its component allows and a PDF with too many pages are refused with a Vietnamese message
 * and leave no document row.
 */
@ExtendWith(ArquillianExtension.class)
class CitizenFilingApiIT {

    private static final String BIRTH_REGISTRATION = "1.001193";

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, PortalHttp.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void twentyConcurrentPostsWithOneKeyFileOneDossier() throws Exception {
        HttpClient citizen = PortalHttp.signedIn(base, DemoActors.CITIZEN);
        long declaration = upload(citizen, 1, pdf(1), "to-khai.pdf").getJsonNumber("id").longValue();
        long certificate = upload(citizen, 2, pdf(1), "giay-chung-sinh.pdf").getJsonNumber("id").longValue();
        String body = filing(declaration, certificate, "Nguyễn Thị Bình An");
        String key = UUID.randomUUID().toString();
        long before = count("SELECT COUNT(*) FROM dossier");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return citizen.send(post(key, body), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(120, TimeUnit.SECONDS));
            }

            assertThat(count("SELECT COUNT(*) FROM dossier")).isEqualTo(before + 1);
            assertThat(responses).extracting(HttpResponse::statusCode).isSubsetOf(201, 200, 409);
            assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
            HttpResponse<String> created = responses.stream().filter(r -> r.statusCode() == 201).findFirst()
                    .orElseThrow();
            String code = json(created.body()).getString("code");
            assertThat(created.headers().firstValue("location")).hasValueSatisfying(l -> assertThat(l)
                    .endsWith("/api/v1/dossiers/" + code));
            assertThat(json(created.body()).getString("status")).isEqualTo("SUBMITTED");
            assertThat(json(created.body()).getString("expectedAppointment")).isNotBlank();
            responses.stream().filter(r -> r.statusCode() == 200)
                    .forEach(r -> assertThat(r.body()).isEqualTo(created.body()));
            responses.stream().filter(r -> r.statusCode() == 409)
                    .forEach(r -> assertThat(r.body()).contains("đang được xử lý"));
            assertThat(count("SELECT COUNT(*) FROM dossier_component c JOIN dossier d ON d.id = c.dossier_id "
                    + "WHERE d.code = '" + code + "'")).isEqualTo(2);

            HttpResponse<String> retry = citizen.send(post(key, body), HttpResponse.BodyHandlers.ofString());
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(retry.body()).isEqualTo(created.body());

            HttpResponse<String> otherBody = citizen.send(post(key, filing(declaration, certificate, "Nguyễn Văn C")),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(otherBody.statusCode()).isEqualTo(422);
            assertThat(otherBody.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/problem+json"));
            assertThat(count("SELECT COUNT(*) FROM dossier")).isEqualTo(before + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFilingMissingARequiredDocumentListsItAndFilesNothing() throws Exception {
        HttpClient citizen = PortalHttp.signedIn(base, DemoActors.CITIZEN);
        long declaration = upload(citizen, 1, pdf(1), "to-khai.pdf").getJsonNumber("id").longValue();
        long before = count("SELECT COUNT(*) FROM dossier");
        String body = Json.createObjectBuilder(json(filing(declaration, declaration, "Nguyễn Thị Bình An")))
                .add("components", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("componentIndex", 1).add("documentId", declaration)))
                .build().toString();

        HttpResponse<String> refused = citizen.send(post(UUID.randomUUID().toString(), body),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("field")).isEqualTo("components[2]");
                    assertThat(e.getString("message")).contains("Giấy chứng sinh");
                });
        assertThat(count("SELECT COUNT(*) FROM dossier")).isEqualTo(before);
    }

    @Test
    void refusedUploadsSayWhyInVietnameseAndStoreNothing() throws Exception {
        HttpClient citizen = PortalHttp.signedIn(base, DemoActors.CITIZEN);
        long documents = count("SELECT COUNT(*) FROM document");

        HttpResponse<String> program = uploadResponse(citizen, 1, windowsExecutable(), "to-khai.pdf");
        assertThat(program.statusCode()).isEqualTo(415);
        assertThat(program.body()).contains("không phải", "tệp chương trình chạy được");

        HttpResponse<String> empty = uploadResponse(citizen, 1, new byte[0], "to-khai.pdf");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("không có nội dung (0 byte)");

        HttpResponse<String> tooManyPages = uploadResponse(citizen, 2, pdf(3), "giay-chung-sinh.pdf");
        assertThat(tooManyPages.statusCode()).isEqualTo(422);
        assertThat(tooManyPages.body()).contains("cần từ 1 đến 1 trang", "có 3 trang");

        byte[] large = java.util.Arrays.copyOf(pdf(1), 10 * 1024 * 1024 + 1024);
        HttpResponse<String> tooLarge = uploadResponse(citizen, 1, large, "to-khai.pdf");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("lớn hơn 10 MB");

        assertThat(count("SELECT COUNT(*) FROM document")).isEqualTo(documents);
    }

    private HttpRequest post(String key, String body) {
        return HttpRequest.newBuilder(URI.create(base + "api/v1/dossiers"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String filing(long declaration, long certificate, String childName) {
        return Json.createObjectBuilder()
                .add("procedureCode", BIRTH_REGISTRATION)
                .add("receivingUnitCode", DemoActors.COMMUNE)
                .add("applicant", Json.createObjectBuilder().add("name", "Nguyễn Văn An")
                        .add("personalId", "079123456789").add("phone", "0912345678"))
                .add("fields", Json.createObjectBuilder().add("childName", childName)
                        .add("childBirthDate", "02/11/2026").add("childSex", "Nữ")
                        .add("childBirthPlace", "Bệnh viện đa khoa tỉnh Bình Dương").add("motherName", "Trần Thị Hoa")
                        .add("fatherName", "Nguyễn Văn An"))
                .add("components", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("componentIndex", 1).add("documentId", declaration))
                        .add(Json.createObjectBuilder().add("componentIndex", 2).add("documentId", certificate)))
                .add("returnMethod", "ONLINE")
                .build().toString();
    }

    private JsonObject upload(HttpClient client, int component, byte[] content, String name) throws Exception {
        HttpResponse<String> response = uploadResponse(client, component, content, name);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body());
    }

    private HttpResponse<String> uploadResponse(HttpClient client, int component, byte[] content, String name)
            throws Exception {
        String boundary = "----motcua" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"purpose", "dossier-component"}, {"procedure", BIRTH_REGISTRATION},
                {"component", String.valueOf(component)}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                    + field[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + "api/v1/documents"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static byte[] pdf(int pages) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The start of a Windows program: the DOS header ("MZ"), a DOS stub, and the PE header it points to. */
    private static byte[] windowsExecutable() {
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
}
