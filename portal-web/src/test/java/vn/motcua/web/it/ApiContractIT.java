package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9 over HTTP, as partners and apps call the portal. A4: the OpenAPI document the portal serves validates, every
 * operation in it has examples, and every operation — discovered from the document, so operations added later are
 * covered too — called with a request built from its examples and suitable credentials answers a status the
 * document lists, with a body of the documented media type that the document's schema accepts. A3: a dossier the
 * national portal pushes several times at once, then again, then lets us poll, is received once. API keys: issued
 * by an administrator, 401 without or with refused credentials, 403 without the scope, 429 past the key's rate
 * limit, and nothing once revoked.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_SCOPES = List.of("catalogue:read", "dossiers:read", "dossiers:write",
            "statistics:read", "intake");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.packagedWar();
    }

    @ArquillianResource
    URL base;

    private final HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theApiDocumentValidatesAndEveryOperationAnswersAsItSays() throws Exception {
        URI openapi = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/openapi");
        HttpResponse<String> document = anonymous.send(HttpRequest.newBuilder(openapi)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        // Payara adds a root attribute "endpoints" (the deployed applications' URLs) that the OpenAPI specification
        // does not have; everything else must validate as it is served.
        com.fasterxml.jackson.databind.node.ObjectNode served = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(document.body());
        served.remove("endpoints");
        String specification = JSON.writeValueAsString(served);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(specification, null, options);
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        softly.assertThat(parsed.getMessages()).as("swagger-parser's findings on the API document").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getComponents().getSecuritySchemes()).containsKeys("bearer", "apiKey");
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(specification).withBasePathOverride("/").build();

        HttpClient admin = PortalHttp.signedIn(base, DemoActors.ADMIN);
        String partnerKey = issue(admin, "Kiểm thử hợp đồng API", ALL_SCOPES, null).get("secret").asText();
        HttpClient citizen = PortalHttp.signedIn(base, DemoActors.CITIZEN);
        String contextPath = base.getPath().replaceAll("/$", "");

        List<String> called = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String name = entry.getKey() + " " + path.getKey();
                String relative = !contextPath.isEmpty() && path.getKey().startsWith(contextPath + "/")
                        ? path.getKey().substring(contextPath.length()) : path.getKey();
                softly.assertThat(relative).as("%s is under the API", name).startsWith("/api/");
                assertEveryPartHasAnExample(softly, api, name, operation);

                String target = relative;
                StringBuilder query = new StringBuilder();
                HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
                for (Parameter parameter : parameters(path.getValue(), operation)) {
                    if (parameter.getExtensions() != null
                            && parameter.getExtensions().containsKey("x-alternative-to")) {
                        continue; // an alternative to another parameter: the request sends that one
                    }
                    String value = String.valueOf(example(parameter));
                    switch (parameter.getIn()) {
                        case "path" -> target = target.replace("{" + parameter.getName() + "}",
                                URLEncoder.encode(value, StandardCharsets.UTF_8));
                        case "query" -> query.append(query.length() == 0 ? "?" : "&").append(parameter.getName())
                                .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                        case "header" -> request.header(parameter.getName(), "Idempotency-Key".equals(
                                parameter.getName()) ? UUID.randomUUID().toString() : value);
                        default -> throw new AssertionError(name + ": parameter in " + parameter.getIn());
                    }
                }
                HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
                if (operation.getRequestBody() != null) {
                    Map.Entry<String, MediaType> content = operation.getRequestBody().getContent().entrySet()
                            .iterator().next();
                    Object example = content.getValue().getExamples().values().iterator().next().getValue();
                    request.header("Content-Type", content.getKey());
                    body = HttpRequest.BodyPublishers.ofString(example instanceof String text ? text
                            : JSON.writeValueAsString(example), StandardCharsets.UTF_8);
                }
                request.uri(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()
                        + contextPath + target + query)).method(entry.getKey().name(), body);
                HttpClient client = anonymous;
                for (SecurityRequirement requirement : operation.getSecurity() == null
                        ? List.<SecurityRequirement>of() : operation.getSecurity()) {
                    if (requirement.containsKey("apiKey")) {
                        request.header("X-API-Key", partnerKey);
                    } else if (requirement.containsKey("bearer")) {
                        client = citizen; // no token issuer in this run: the citizen's session stands in for it
                    }
                }
                HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                called.add(name + " -> " + answer.statusCode());

                String status = Integer.toString(answer.statusCode());
                softly.assertThat(operation.getResponses()).as("%s answered %s: %s", name, status, answer.body())
                        .containsKey(status);
                if (!operation.getResponses().containsKey(status)) {
                    continue;
                }
                ApiResponse documented = resolve(api, operation.getResponses().get(status));
                String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
                if (documented.getContent() != null && !documented.getContent().isEmpty()) {
                    softly.assertThat(documented.getContent()).as("%s %s media type", name, status)
                            .containsKey(type);
                    if (type.endsWith("json")) {
                        softly.assertThatCode(() -> JSON.readTree(answer.body())).as("%s %s body is JSON", name,
                                status).doesNotThrowAnyException();
                    }
                }
                SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode())
                        .withBody(answer.body());
                answer.headers().map().forEach((header, values) -> response.withHeader(header, values));
                String validated = relative.equals(path.getKey()) ? target : contextPath + target;
                ValidationReport report = validator.validateResponse(validated,
                        Request.Method.valueOf(entry.getKey().name()), response.build());
                softly.assertThat(report.getMessages()).as("%s %s against the document", name, status).isEmpty();
            }
        }
        System.out.println("API contract: " + called.size() + " operations called: " + called);
        softly.assertAll();
        assertThat(called).as("operations called").anyMatch(c -> c.contains("/api/v1/national-portal/dossiers"))
                .anyMatch(c -> c.contains("/api/v1/procedures"));
    }

    @Test
    void aDossierPushedSeveralTimesAtOnceThenAgainThenPolledIsReceivedOnce() throws Exception {
        HttpClient admin = PortalHttp.signedIn(base, DemoActors.ADMIN);
        String key = issue(admin, "Cổng Dịch vụ công quốc gia (thử)", List.of("intake"), null).get("secret").asText();
        String nationalCode = "G22.99-" + UUID.randomUUID().toString().substring(0, 8);

        JsonNode pushed = sandbox("dossiers?push=true&duplicates=4", portalDossier(nationalCode), key);
        List<Integer> statuses = new ArrayList<>();
        pushed.get("pushes").forEach(s -> statuses.add(s.asInt()));
        assertThat(statuses).as("duplicate callbacks at once").hasSize(5)
                .containsOnlyOnce(201).containsOnly(201, 200);

        HttpResponse<String> again = push(key, portalDossier(nationalCode));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("filedNow").asBoolean()).isFalse();
        String dossierCode = JSON.readTree(again.body()).get("dossierCode").asText();

        // filed on the portal but never pushed: the poll brings it; the repeats in the feed are not filed again
        String other = "G22.99-" + UUID.randomUUID().toString().substring(0, 8);
        sandbox("dossiers", portalDossier(other), null);
        String summary = sandbox("poll", "", null).get("summary").asText();
        assertThat(summary).startsWith("1 dossiers received, 1 already received, 0 refused");
        HttpResponse<String> afterPoll = push(key, portalDossier(other));
        assertThat(afterPoll.statusCode()).as("pushed after the poll").isEqualTo(200);
        assertThat(sandbox("poll", "", null).get("summary").asText()).startsWith("0 dossiers received");

        // the desk officer of the receiving commune finds the dossier, submitted online
        HttpClient desk = PortalHttp.signedIn(base, DemoActors.DESK);
        HttpResponse<String> dossier = desk.send(HttpRequest.newBuilder(URI.create(base + "api/v1/dossiers/"
                + dossierCode)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dossier.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(dossier.body()).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(JSON.readTree(dossier.body()).get("channel").asText()).isEqualTo("ONLINE");

        HttpResponse<String> bad = push(key, "{\"MaHoSo\": \"G22.99-x\", \"MaTTHC\": \"1.001193\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"DonViXuLy\"").contains("\"field\":\"ChuHoSo\"");
    }

    @Test
    void credentialsAreCheckedScopesEnforcedAndAKeysRateLimitApplies() throws Exception {
        HttpResponse<String> noCredentials = anonymous.send(HttpRequest.newBuilder(URI.create(base
                + "api/v1/national-portal/dossiers")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noCredentials.statusCode()).isEqualTo(401);
        assertThat(noCredentials.headers().allValues("WWW-Authenticate")).anyMatch(c -> c.startsWith("Bearer "))
                .anyMatch(c -> c.startsWith("ApiKey "));
        assertThat(noCredentials.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");

        assertThat(push("mck_0000_nothing", "{}").statusCode()).as("unknown key").isEqualTo(401);
        HttpResponse<String> badToken = anonymous.send(HttpRequest.newBuilder(URI.create(base
                + "api/v1/dossiers/X")).header("Authorization", "Bearer not.a.token").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(badToken.headers().allValues("WWW-Authenticate")).anyMatch(c -> c.contains("invalid_token"));

        HttpClient admin = PortalHttp.signedIn(base, DemoActors.ADMIN);
        String statisticsOnly = issue(admin, "Hệ thống thống kê", List.of("statistics:read"), null)
                .get("secret").asText();
        HttpResponse<String> withoutScope = push(statisticsOnly, "{}");
        assertThat(withoutScope.statusCode()).isEqualTo(403);
        assertThat(withoutScope.headers().firstValue("WWW-Authenticate").orElse(""))
                .contains("insufficient_scope").contains("scope=\"intake\"");
        HttpClient citizen = PortalHttp.signedIn(base, DemoActors.CITIZEN);
        assertThat(citizen.send(HttpRequest.newBuilder(URI.create(base + "api/v1/national-portal/dossiers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("a citizen's session").isEqualTo(403);

        String limited = issue(admin, "Đối tác giới hạn", List.of("intake"), 3).get("secret").asText();
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> within = push(limited, "{}");
            assertThat(within.statusCode()).isEqualTo(422);
            assertThat(within.headers().firstValue("RateLimit-Limit")).contains("3");
            assertThat(within.headers().firstValue("RateLimit-Remaining")).contains(Integer.toString(3 - i));
        }
        HttpResponse<String> over = push(limited, "{}");
        assertThat(over.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(over.headers().firstValue("RateLimit-Remaining")).contains("0");
        assertThat(over.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anAdministratorIssuesAKeyShownOnceAndRevokesIt() throws Exception {
        HttpClient admin = PortalHttp.signedIn(base, DemoActors.ADMIN);
        JsonNode issued = issue(admin, "Hệ thống một cửa liên thông", List.of("intake"), null);
        String secret = issued.get("secret").asText();
        long id = issued.get("key").get("id").asLong();
        assertThat(push(secret, "{}").statusCode()).as("a working key reaches validation").isEqualTo(422);

        HttpResponse<String> listed = admin.send(HttpRequest.newBuilder(URI.create(base + "api/admin/api-keys"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(issued.get("key").get("prefix").asText()).doesNotContain(secret);

        HttpResponse<String> revoked = admin.send(HttpRequest.newBuilder(URI.create(base + "api/admin/api-keys/"
                + id)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(revoked.body()).get("active").asBoolean()).isFalse();
        assertThat(push(secret, "{}").statusCode()).as("the revoked key").isEqualTo(401);

        HttpClient citizen = PortalHttp.signedIn(base, DemoActors.CITIZEN);
        assertThat(citizen.send(HttpRequest.newBuilder(URI.create(base + "api/admin/api-keys"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"partnerName\": \"X\", \"scopes\": [\"intake\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).as("a citizen").isEqualTo(403);
    }

    private JsonNode issue(HttpClient admin, String partner, List<String> scopes, Integer rateLimit) throws Exception {
        String body = JSON.writeValueAsString(Map.of("partnerName", partner, "scopes", scopes, "rateLimit",
                rateLimit == null ? "" : rateLimit)).replace("\"rateLimit\":\"\"", "\"rateLimit\":null");
        HttpResponse<String> answer = admin.send(HttpRequest.newBuilder(URI.create(base + "api/admin/api-keys"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("key issued: %s", answer.body()).isEqualTo(201);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> push(String key, String body) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(URI.create(base + "api/v1/national-portal/dossiers"))
                .header("Content-Type", "application/json").header("X-API-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode sandbox(String path, String body, String partnerKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/sandbox/dvcqg-intake/" + path))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (partnerKey != null) {
            request.header("X-Partner-Key", partnerKey);
        }
        HttpResponse<String> answer = anonymous.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("sandbox %s: %s", path, answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** A birth registration filed on the national portal for the demo commune (a made-up personal ID). */
    private static String portalDossier(String nationalCode) {
        return """
                {"MaHoSo": "%s", "MaTTHC": "1.001193", "TenTTHC": "Đăng ký khai sinh", "DonViXuLy": "%s",
                 "ChuHoSo": "Phạm Thị Hoa", "LoaiDoiTuong": 1,
                 "DinhDanhCHS": [{"LoaiDinhDanh": 2, "SoDinhDanh": "079301001"}],
                 "SoDienThoai": "0912345678", "TrichYeuHoSo": "Đăng ký khai sinh cho con",
                 "NgayNopHoSo": "20261121083000", "TaiLieuNop": [{"TenTepDinhKem": "to-khai.pdf"}]}"""
                .formatted(nationalCode, DemoActors.COMMUNE);
    }

    private static List<Parameter> parameters(PathItem path, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (path.getParameters() != null) {
            all.addAll(path.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static Object example(Parameter parameter) {
        if (parameter.getExample() != null) {
            return parameter.getExample();
        }
        return parameter.getExamples() == null || parameter.getExamples().isEmpty() ? null
                : parameter.getExamples().values().iterator().next().getValue();
    }

    private static ApiResponse resolve(OpenAPI api, ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getResponses().get(name);
    }

    /** Every parameter, request body and documented response content of the operation carries an example. */
    private static void assertEveryPartHasAnExample(org.assertj.core.api.SoftAssertions softly, OpenAPI api,
                                                    String name, Operation operation) {
        softly.assertThat(operation.getSummary()).as("%s summary", name).isNotBlank();
        softly.assertThat(operation.getDescription()).as("%s description", name).isNotBlank();
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                softly.assertThat(example(parameter)).as("%s parameter %s example", name, parameter.getName())
                        .isNotNull();
            }
        }
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().getContent().forEach((type, content) -> softly.assertThat(
                    content.getExamples())
                    .as("%s request body %s examples", name, type).isNotEmpty());
        }
        operation.getResponses().forEach((status, response) -> {
            ApiResponse documented = resolve(api, response);
            softly.assertThat(documented).as("%s response %s", name, status).isNotNull();
            if (documented == null || documented.getContent() == null) {
                softly.fail(name + " response " + status + " has no content");
                return;
            }
            documented.getContent().forEach((type, content) -> {
                softly.assertThat(content.getExamples()).as("%s response %s %s examples", name, status, type)
                        .isNotEmpty();
                if (status.startsWith("4") || status.startsWith("5")) {
                    softly.assertThat(type).as("%s error %s", name, status).isEqualTo("application/problem+json");
                }
            });
        });
    }
}
