package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogueImportRejected;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcessingTime;
import vn.motcua.catalog.StepAllocation;
import vn.motcua.catalog.VersionDefinition;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.Actor;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;

/**
 * The catalogue and the organisation tree as the portal serves them: keyword search with and without diacritics,
 * units at a date across the 2025 reform, import rejections over HTTP, and a dossier that keeps its version's time
 * limit and fees when a new version is published.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, Waits.class, MovedClock.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    DemoActors actors;

    @Inject
    DossierFiling filing;

    @Inject
    DossierSteps steps;

    @Inject
    DossierQueries queries;

    @Inject
    Catalog catalog;

    @Inject
    CatalogAdministration administration;

    @Inject
    ApplicationClock clock;

    @Inject
    vn.motcua.documents.application.DocumentStore documents;

    @Inject
    vn.motcua.identity.StandIns standIns;

    @Inject
    vn.motcua.organization.Organisation organisation;

    @Inject
    vn.motcua.identity.Officials officials;

    @Inject
    vn.motcua.notification.application.Inbox inbox;

    @Inject
    vn.motcua.audit.application.AuditQueries audit;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    MovedClock movedClock;

    @org.junit.jupiter.api.BeforeEach
    void holdTheDeadlineScan() {
        movedClock.holdDeadlineScan();
    }

    @AfterEach
    void resetClock() {
        movedClock.backToRealTime();
    }

    @Test
    void searchFindsTheMarriageRegistrationFirstWithOrWithoutDiacritics() throws Exception {
        for (String q : List.of("dang ky ket hon", "đăng ký kết hôn")) {
            HttpResponse<String> response = get("api/v1/procedures?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            assertThat(response.statusCode()).isEqualTo(200);
            JsonArray items = json(response).getJsonArray("items");
            assertThat(items).as(q).isNotEmpty();
            assertThat(items.getJsonObject(0).getString("code")).as(q).isEqualTo("1.000894");
        }
        HttpResponse<String> detail = get("api/v1/procedures/1.000894");
        assertThat(detail.statusCode()).isEqualTo(200);
        JsonObject procedure = json(detail);
        assertThat(procedure.getString("name")).isEqualTo("Đăng ký kết hôn");
        assertThat(procedure.getJsonObject("version").getJsonArray("steps")).hasSize(5);
        assertThat(procedure.getString("source")).isNotBlank();
    }

    @Test
    void theDistrictLevelIsThereOnThe30thOfJune2025AndGoneTwoDaysLater() throws Exception {
        JsonArray before = Json.createReader(new StringReader(get("api/v1/units?at=2025-06-30&level=DISTRICT").body()))
                .readArray();
        JsonArray after = Json.createReader(new StringReader(get("api/v1/units?at=2025-07-02&level=DISTRICT").body()))
                .readArray();
        assertThat(before).hasSize(9);
        assertThat(after).isEmpty();
        assertThat(before).allSatisfy(unit -> assertThat(((JsonObject) unit).getJsonArray("successors"))
                .as(((JsonObject) unit).getString("name")).isNotEmpty());

        HttpResponse<String> badLevel = get("api/v1/units?level=HAMLET");
        assertThat(badLevel.statusCode()).isEqualTo(400);
        assertThat(badLevel.body()).contains("level");
        HttpResponse<String> badDate = get("api/v1/procedures?at=30/06/2025");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(get("api/v1/procedures/1.000894?at=2010-01-01").statusCode()).isEqualTo(404);
    }

    @Test
    void anAnonymousImportIsRefusedAndAnExportIsTheSameTwice() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "api/admin/catalogue/import"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        HttpResponse<String> first = get("api/v1/catalogue/export.csv");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).startsWith("record,procedure,version,");
        assertThat(get("api/v1/catalogue/export.csv").body()).isEqualTo(first.body());

        Actor admin = actors.get(DemoActors.ADMIN);
        String broken = first.body().replaceFirst("\nPROCEDURE,1\\.000894,", "\nPROCEDURE,1.0894,");
        assertThatThrownBy(() -> administration.importFile(admin, broken.getBytes(StandardCharsets.UTF_8),
                vn.motcua.catalog.ExchangeFormat.CSV))
                .isInstanceOfSatisfying(CatalogueImportRejected.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("1.0894")));
        assertThat(get("api/v1/catalogue/export.csv").body()).as("nothing of the bad file was stored")
                .isEqualTo(first.body());
    }

    @Test
    void aDossierKeepsItsVersionsTimeLimitAndFeesWhenANewVersionIsPublished() {
        Actor citizen = actors.get(DemoActors.CITIZEN);
        Actor desk = actors.get(DemoActors.DESK);
        Actor admin = actors.get(DemoActors.ADMIN);
        LocalDate today = BusinessTime.today(clock);
        ProcedureDetail current = catalog.detail("1.013225", today).orElseThrow();

        DossierCode underCurrent = filing.fileOnline(citizen, buildingPermit());
        accept(desk, underCurrent);
        DossierView before = queries.dossier(desk, underCurrent.value());
        assertThat(before.procedureVersion()).isEqualTo(current.version().version());

        LocalDate latestStart = current.versions().stream().map(r -> LocalDate.parse(r.validFrom()))
                .max(LocalDate::compareTo).orElseThrow();
        LocalDate from = latestStart.isBefore(today) ? today.plusDays(1) : latestStart.plusDays(1);
        VersionDefinition v = current.version();
        VersionDefinition stricter = new VersionDefinition(0, from, null, v.competentAuthority(), v.competentUnits(),
                new ProcessingTime(v.duration().value() + 5, DurationUnit.WORKING_DAYS), Map.of(), v.timeNote(),
                v.cutOff(), v.supplementPolicy(), v.supplementDays(),
                List.of(new Fee(FeeKind.LE_PHI, "Lệ phí cấp giấy phép xây dựng (mức mới)",
                        v.fees().stream().mapToLong(Fee::amount).sum() + 25_000, null, null)),
                v.components(), v.processKey(), longer(v.steps(), 40), v.resultName(), v.resultType(),
                v.legalBasis(), "Kiểm thử: phiên bản mới", List.of("fees", "duration"));
        administration.publish(admin, "1.013225", stricter, from);

        DossierView after = queries.dossier(desk, underCurrent.value());
        assertThat(after.procedureVersion()).isEqualTo(before.procedureVersion());
        assertThat(after.dueAt()).isEqualTo(before.dueAt());
        ProcedureDetail filedUnder = catalog.detail("1.013225", today).orElseThrow();
        assertThat(filedUnder.version().version()).isEqualTo(before.procedureVersion());
        assertThat(filedUnder.version().duration()).isEqualTo(v.duration());
        assertThat(filedUnder.version().fees()).isEqualTo(v.fees());

        clock.setTo(from.atTime(9, 0).atZone(BusinessTime.ZONE).toInstant());
        DossierCode underNew = filing.fileOnline(citizen, buildingPermit());
        DossierView later = queries.dossier(desk, underNew.value());
        assertThat(later.procedureVersion()).isGreaterThan(before.procedureVersion());
        assertThat(catalog.detail("1.013225", from).orElseThrow().version().fees().get(0).amount())
                .isEqualTo(v.fees().stream().mapToLong(Fee::amount).sum() + 25_000);
    }

    @Test
    void aStandInHoldsTheAbsentOfficialsRolesAndReceivesTheirNoticesForThePeriod() {
        Actor admin = actors.get(DemoActors.ADMIN);
        String absent = DemoActors.SPECIALIST;
        String deputy = "truongphong.tdm";
        LocalDate today = BusinessTime.today(clock);
        assertThat(officials.actorOf(deputy).orElseThrow()
                .holds(vn.motcua.identity.Role.SPECIALIST, DemoActors.COMMUNE)).isFalse();

        assertThatThrownBy(() -> standIns.name(admin, absent, absent, today, today, "Nghỉ phép"))
                .isInstanceOf(vn.motcua.identity.InvalidRequestException.class);
        assertThatThrownBy(() -> standIns.name(admin, absent, deputy, today, today.plusDays(2), " "))
                .isInstanceOf(vn.motcua.identity.InvalidRequestException.class).hasMessageContaining("lý do");
        assertThatThrownBy(() -> standIns.name(actors.get(DemoActors.DESK), absent, deputy, today, today,
                "Nghỉ phép")).isInstanceOf(vn.motcua.identity.AccessDeniedException.class);

        vn.motcua.identity.StandInView named = standIns.name(admin, absent, deputy, today, today.plusDays(2),
                "Nghỉ phép năm");
        try {
            assertThatThrownBy(() -> standIns.name(admin, absent, DemoActors.LEADER, today.plusDays(1),
                    today.plusDays(5), "Đi công tác")).isInstanceOf(vn.motcua.identity.InvalidRequestException.class)
                    .hasMessageContaining("đã có người xử lý thay");
            Actor standIn = officials.actorOf(deputy).orElseThrow();
            assertThat(standIn.holds(vn.motcua.identity.Role.SPECIALIST, DemoActors.COMMUNE)).isTrue();

            DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), buildingPermit());
            accept(actors.get(DemoActors.DESK), code);
            DossierView view = queries.dossier(standIn, code.value());
            DossierView.StepView handling = view.openSteps().stream()
                    .filter(s -> s.stepKey().equals("specialistHandles")).findFirst().orElseThrow();
            assertThat(handling.claimable()).as("the stand-in may take the absent specialist's step").isTrue();
            Waits.until("the new-step notice to reach the stand-in", Duration.ofSeconds(60),
                    () -> inbox.latest(standIn).stream().anyMatch(i -> code.value().equals(i.dossierCode())));
            assertThat(audit.about(admin, vn.motcua.identity.StandIns.AUDIT_OBJECT, absent))
                    .extracting(vn.motcua.audit.application.AuditEntryView::action).contains("STAND_IN_NAMED");
        } finally {
            standIns.revoke(admin, named.id(), "Kết thúc kiểm thử");
        }
        assertThat(officials.actorOf(deputy).orElseThrow()
                .holds(vn.motcua.identity.Role.SPECIALIST, DemoActors.COMMUNE)).isFalse();
    }

    @Test
    void anAttachedFormTemplateIsDownloadableAndSurvivesAReimportOfTheCatalogue() throws Exception {
        Actor admin = actors.get(DemoActors.ADMIN);
        byte[] pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            pdf = out.toByteArray();
        }
        ProcedureDetail marriage = catalog.detail("1.000894", null).orElseThrow();
        int version = marriage.version().version();
        assertThat(get("api/v1/procedures/1.000894/versions/" + version + "/components/1/template").statusCode())
                .isEqualTo(404);

        vn.motcua.documents.application.StoredDocument stored = documents.store(admin,
                new java.io.ByteArrayInputStream(pdf), "to-khai-dang-ky-ket-hon.pdf", "application/pdf",
                vn.motcua.documents.domain.DocumentPurpose.WORKING_FILE);
        administration.attachTemplate(admin, "1.000894", version, 1, stored.id());

        byte[] export = administration.export(vn.motcua.catalog.ExchangeFormat.JSON);
        vn.motcua.catalog.ImportReport again = administration.importFile(admin, export,
                vn.motcua.catalog.ExchangeFormat.JSON);
        assertThat(again.changedNothing()).as("the export does not carry files; re-importing keeps them").isTrue();

        HttpResponse<byte[]> template = http.send(HttpRequest.newBuilder(URI.create(base
                        + "api/v1/procedures/1.000894/versions/" + version + "/components/1/template")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("content-type")).hasValue("application/pdf");
        assertThat(template.body()).isEqualTo(pdf);
    }

    @Test
    void administratorsChangeTheTreeAndRolesUnderItsRulesAndEveryChangeIsAudited() {
        Actor admin = actors.get(DemoActors.ADMIN);
        String code = String.format("000.31.%02d.H29", 50 + (int) (System.nanoTime() % 40));
        vn.motcua.organization.Organisation.UnitDraft draft = new vn.motcua.organization.Organisation.UnitDraft(code,
                "Phòng Thử nghiệm", null, vn.motcua.organization.UnitLevel.INNER_DEPARTMENT, DemoActors.COMMUNE,
                LocalDate.of(2026, 1, 1), null, null, false, "Kiểm thử");

        assertThatThrownBy(() -> organisation.create(admin, new vn.motcua.organization.Organisation.UnitDraft(
                "TDM-01", "Phòng sai mã", null, vn.motcua.organization.UnitLevel.INNER_DEPARTMENT,
                DemoActors.COMMUNE, LocalDate.of(2026, 1, 1), null, null, false, null)))
                .isInstanceOf(vn.motcua.identity.InvalidRequestException.class).hasMessageContaining("XXX.YY.ZZ.Hnn");
        assertThatThrownBy(() -> organisation.create(admin, new vn.motcua.organization.Organisation.UnitDraft(code,
                "Phòng trước khi có phường", null, vn.motcua.organization.UnitLevel.INNER_DEPARTMENT,
                DemoActors.COMMUNE, LocalDate.of(2024, 1, 1), null, null, false, null)))
                .isInstanceOf(vn.motcua.identity.InvalidRequestException.class).hasMessageContaining("cấp trên");
        assertThatThrownBy(() -> organisation.create(actors.get(DemoActors.DESK), draft))
                .isInstanceOf(vn.motcua.identity.AccessDeniedException.class);

        organisation.create(admin, draft);
        assertThatThrownBy(() -> organisation.create(admin, draft))
                .isInstanceOf(vn.motcua.identity.InvalidRequestException.class).hasMessageContaining("đã được dùng");
        assertThatThrownBy(() -> organisation.close(admin, code, LocalDate.of(2026, 6, 30), List.of(), null))
                .isInstanceOf(vn.motcua.identity.InvalidRequestException.class).hasMessageContaining("kế thừa");
        organisation.close(admin, code, LocalDate.of(2026, 6, 30), List.of(DemoActors.COMMUNE), "Sáp nhập thử");
        vn.motcua.organization.UnitView closed = organisation.unit(code).orElseThrow();
        assertThat(closed.validTo()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(closed.successors()).extracting(vn.motcua.organization.UnitView.Link::code)
                .containsExactly(DemoActors.COMMUNE);
        assertThat(organisation.unitsOn(LocalDate.of(2026, 7, 1), vn.motcua.organization.UnitLevel.INNER_DEPARTMENT))
                .extracting(vn.motcua.organization.UnitView::code).doesNotContain(code);

        officials.grant(admin, DemoActors.CLERK, vn.motcua.identity.Role.SPECIALIST, DemoActors.COMMUNE);
        assertThat(officials.actorOf(DemoActors.CLERK).orElseThrow()
                .holds(vn.motcua.identity.Role.SPECIALIST, DemoActors.COMMUNE)).isTrue();
        assertThatThrownBy(() -> officials.revoke(admin, DemoActors.CLERK, vn.motcua.identity.Role.SPECIALIST,
                DemoActors.COMMUNE, "")).isInstanceOf(vn.motcua.identity.InvalidRequestException.class);
        officials.revoke(admin, DemoActors.CLERK, vn.motcua.identity.Role.SPECIALIST, DemoActors.COMMUNE,
                "Hết thời gian hỗ trợ");
        assertThat(officials.actorOf(DemoActors.CLERK).orElseThrow()
                .holds(vn.motcua.identity.Role.SPECIALIST, DemoActors.COMMUNE)).isFalse();

        assertThat(audit.about(admin, vn.motcua.organization.Organisation.AUDIT_OBJECT, code))
                .extracting(vn.motcua.audit.application.AuditEntryView::action)
                .containsExactly("UNIT_CREATED", "UNIT_CLOSED");
        assertThat(audit.about(admin, vn.motcua.identity.Officials.AUDIT_OBJECT, DemoActors.CLERK))
                .extracting(vn.motcua.audit.application.AuditEntryView::action)
                .containsSubsequence("ROLE_GRANTED", "ROLE_REVOKED");
    }

    /** The same steps with the specialist's share grown by so many hours (allocations must add up). */
    private static List<StepAllocation> longer(List<StepAllocation> steps, int hours) {
        return steps.stream().map(s -> s.key().equals("specialistHandles")
                ? new StepAllocation(s.key(), s.name(), s.role(), s.hours().add(java.math.BigDecimal.valueOf(hours)))
                : s).toList();
    }

    private void accept(Actor desk, DossierCode code) {
        DossierView view = queries.dossier(desk, code.value());
        String task = view.openSteps().stream().filter(s -> s.stepKey().equals("deskReceives")).findFirst()
                .orElseThrow().taskId();
        steps.claim(desk, task);
        steps.complete(desk, task, StepOutcome.ACCEPT, null);
    }

    static FilingRequest buildingPermit() {
        return new FilingRequest("1.013225", DemoActors.COMMUNE, "Nguyễn Văn An", "079123456789", "0912345678",
                "congdan.an@example.invalid", Map.of("plotAddress", "Thửa 123, tờ bản đồ 45, phường Thủ Dầu Một",
                        "landUseCertificate", "CS 01234", "floorArea", "120", "floors", "3"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        JsonValue value = Json.createReader(new StringReader(response.body())).readValue();
        return value.asJsonObject();
    }
}
