package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.Actor;
import vn.motcua.organization.UnitLevel;
import vn.motcua.organization.UnitView;
import vn.motcua.platform.database.TestDatabase;

/**
 * The demo province and catalogue as the application loads them: demo migrations, then the demo catalogue file
 * through the importer. Checks what the catalogue issue promises of the demo data.
 */
class DemoCatalogueTest {

    private static CatalogueStore store;
    private static byte[] demoFile;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = DemoCatalogueTest.class.getResourceAsStream("/vn/motcua/demo/catalogue.json")) {
            demoFile = in.readAllBytes();
        }
        store = new CatalogueStore(TestDatabase.H2, "demo_catalogue", true);
        ImportReport report = store.inTransaction(s -> s.administration.importFile(Actor.SYSTEM, demoFile,
                ExchangeFormat.JSON));
        assertThat(report.added() + report.changed()).isPositive();
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    @Test
    void holdsAtLeastFortyProceduresInEightFieldsEachWithItsSource() {
        List<ProcedureDefinition> all = store.inTransaction(s -> s.administration.definitions());
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(ProcedureDefinition::field).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all).allSatisfy(p -> assertThat(p.source()).as(p.code()).isNotBlank());
        assertThat(all.stream().map(ProcedureDefinition::onlineLevel).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(OnlineLevel.values());
        assertThat(all.stream().map(ProcedureDefinition::competentLevel).collect(Collectors.toSet()))
                .contains(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE);
        assertThat(all).extracting(ProcedureDefinition::code)
                .contains("1.001193", "1.000894", "1.000656", "2.000635", "1.013225");
    }

    @Test
    void theMarriageRegistrationComesFirstWithOrWithoutDiacritics() {
        for (String q : List.of("dang ky ket hon", "đăng ký kết hôn")) {
            ResultPage<ProcedureSummary> page = store.inTransaction(s -> s.catalog.search(
                    new CatalogQuery(q, null, null, null, null, 0, 20)));
            assertThat(page.items()).as(q).isNotEmpty();
            assertThat(page.items().get(0).code()).as(q).isEqualTo("1.000894");
        }
    }

    @Test
    void theDistrictLevelEndsOnTheThirtiethOfJune2025AndEveryClosedUnitNamesASuccessor() {
        List<UnitView> before = store.inTransaction(s -> s.organisation.unitsOn(LocalDate.of(2025, 6, 30),
                UnitLevel.DISTRICT));
        List<UnitView> after = store.inTransaction(s -> s.organisation.unitsOn(LocalDate.of(2025, 7, 2),
                UnitLevel.DISTRICT));
        assertThat(before).hasSize(9);
        assertThat(after).isEmpty();

        List<UnitView> all = store.inTransaction(s -> s.organisation.allUnits());
        assertThat(all.stream().filter(u -> LocalDate.of(2025, 6, 30).equals(u.validTo())))
                .hasSizeGreaterThan(100)
                .allSatisfy(u -> assertThat(u.successors()).as(u.code() + " " + u.name()).isNotEmpty());
        Set<String> communesAfter = store.inTransaction(s -> s.organisation.unitsOn(LocalDate.of(2025, 7, 2),
                UnitLevel.COMMUNE)).stream().map(UnitView::name).collect(Collectors.toSet());
        assertThat(communesAfter).contains("Ủy ban nhân dân phường Thủ Dầu Một");
    }

    @Test
    void theDemoCatalogueSurvivesExportAndImportIntoAnEmptyDatabaseByteForByte() throws Exception {
        byte[] json = store.inTransaction(s -> s.administration.export(ExchangeFormat.JSON));
        byte[] csv = store.inTransaction(s -> s.administration.export(ExchangeFormat.CSV));
        try (CatalogueStore empty = new CatalogueStore(TestDatabase.H2, "demo_catalogue_copy", false)) {
            empty.inTransaction(s -> s.administration.importFile(Actor.SYSTEM, csv, ExchangeFormat.CSV));
            assertThat(new String(empty.inTransaction(s -> s.administration.export(ExchangeFormat.JSON)),
                    StandardCharsets.UTF_8)).isEqualTo(new String(json, StandardCharsets.UTF_8));
            byte[] csvAgain = empty.inTransaction(s -> s.administration.export(ExchangeFormat.CSV));
            assertThat(csvAgain).isEqualTo(csv);
        }
    }

    @Test
    void importingTheDemoFileAgainChangesNothing() {
        ImportReport again = store.inTransaction(s -> s.administration.importFile(Actor.SYSTEM, demoFile,
                ExchangeFormat.JSON));
        assertThat(again.changedNothing()).as(again.changes().toString()).isTrue();
    }
}
