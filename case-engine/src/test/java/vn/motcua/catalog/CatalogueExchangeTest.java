package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.exchange.ImportProblem;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/**
 * Import and export against a migrated H2 database: export → import into an empty database → export gives the same
 * bytes (JSON and CSV, and across formats); importing twice changes nothing; one bad line imports nothing.
 */
class CatalogueExchangeTest {

    private static final Actor ADMIN = new Actor(1L, "quantri", "Quản trị", List.of(new Actor.Grant(Role.ADMIN,
            "000.00.00.H29")));

    static byte[] fixture() throws IOException {
        try (InputStream in = CatalogueExchangeTest.class.getResourceAsStream("fixture-catalogue.json")) {
            return in.readAllBytes();
        }
    }

    private static byte[] importThenExport(String database, byte[] file, ExchangeFormat in, ExchangeFormat out)
            throws Exception {
        try (CatalogueStore store = new CatalogueStore(vn.motcua.platform.database.TestDatabase.H2, database, false)) {
            ImportReport report = store.inTransaction(s -> s.administration.importFile(ADMIN, file, in));
            assertThat(report.added()).isPositive();
            return store.inTransaction(s -> s.administration.export(out));
        }
    }

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesIdenticalBytes() throws Exception {
        byte[] json1 = importThenExport("catalogue_rt1", fixture(), ExchangeFormat.JSON, ExchangeFormat.JSON);
        byte[] json2 = importThenExport("catalogue_rt2", json1, ExchangeFormat.JSON, ExchangeFormat.JSON);
        assertThat(new String(json2, StandardCharsets.UTF_8)).isEqualTo(new String(json1, StandardCharsets.UTF_8));

        byte[] csv1 = importThenExport("catalogue_rt3", json1, ExchangeFormat.JSON, ExchangeFormat.CSV);
        byte[] csv2 = importThenExport("catalogue_rt4", csv1, ExchangeFormat.CSV, ExchangeFormat.CSV);
        assertThat(new String(csv2, StandardCharsets.UTF_8)).isEqualTo(new String(csv1, StandardCharsets.UTF_8));

        byte[] jsonFromCsv = importThenExport("catalogue_rt5", csv1, ExchangeFormat.CSV, ExchangeFormat.JSON);
        assertThat(jsonFromCsv).isEqualTo(json1);
        assertThat(new String(csv1, StandardCharsets.UTF_8))
                .startsWith(String.join(",", vn.motcua.catalog.exchange.CatalogueCsv.HEADER) + "\n")
                .contains("\"Cấp giấy phép thử nghiệm, có dấu phẩy, \"\"ngoặc kép\"\"\"");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        try (CatalogueStore store = new CatalogueStore(vn.motcua.platform.database.TestDatabase.H2, "catalogue_twice",
                false)) {
            byte[] file = fixture();
            ImportReport first = store.inTransaction(s -> s.administration.importFile(ADMIN, file, ExchangeFormat.JSON));
            ImportReport second = store.inTransaction(s -> s.administration.importFile(ADMIN, file,
                    ExchangeFormat.JSON));

            assertThat(first.added()).isEqualTo(4);
            assertThat(second.changedNothing()).isTrue();
            assertThat(second.unchanged()).isEqualTo(4);

            byte[] changedFee = new String(file, StandardCharsets.UTF_8).replace("\"amount\": 75000",
                    "\"amount\": 80000").getBytes(StandardCharsets.UTF_8);
            ImportReport third = store.inTransaction(s -> s.administration.importFile(ADMIN, changedFee,
                    ExchangeFormat.JSON));
            assertThat(third.changed()).isEqualTo(1);
            assertThat(third.changes()).containsExactly("3.999993: sửa phiên bản 1 (fees)");
        }
    }

    @Test
    void aFileWithOneBadLineImportsNothingAndNamesTheLine() throws Exception {
        byte[] csv = importThenExport("catalogue_bad_src", fixture(), ExchangeFormat.JSON, ExchangeFormat.CSV);
        List<String> lines = new java.util.ArrayList<>(List.of(new String(csv, StandardCharsets.UTF_8).split("\n")));
        int badLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("STEP,3.999993,1,2,")) {
                lines.set(i, lines.get(i).replace(",SPECIALIST,", ",CHUYEN_VIEN,"));
                badLine = i + 1;
            }
        }
        assertThat(badLine).isPositive();
        String expectedLocation = "dòng " + badLine;
        byte[] bad = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

        try (CatalogueStore store = new CatalogueStore(vn.motcua.platform.database.TestDatabase.H2, "catalogue_bad",
                false)) {
            assertThatThrownBy(() -> store.inTransaction(s -> s.administration.importFile(ADMIN, bad,
                    ExchangeFormat.CSV)))
                    .isInstanceOfSatisfying(CatalogueImportRejected.class, e -> assertThat(e.problems())
                            .extracting(ImportProblem::location).contains(expectedLocation));
            List<ProcedureDefinition> stored = store.inTransaction(s -> s.administration.definitions());
            assertThat(stored).isEmpty();
        }
    }

    @Test
    void badValuesAreAllReportedWithTheirPlace() throws Exception {
        String json = new String(fixture(), StandardCharsets.UTF_8)
                .replace("\"competentLevel\": \"PROVINCE\"", "\"competentLevel\": \"REGION\"")
                .replace("\"validFrom\": \"2025-07-01\"", "\"validFrom\": \"2025-06-01\"");
        try (CatalogueStore store = new CatalogueStore(vn.motcua.platform.database.TestDatabase.H2, "catalogue_vals",
                false)) {
            assertThatThrownBy(() -> store.inTransaction(s -> s.administration.importFile(ADMIN,
                    json.getBytes(StandardCharsets.UTF_8), ExchangeFormat.JSON)))
                    .isInstanceOfSatisfying(CatalogueImportRejected.class, e -> assertThat(e.problems())
                            .extracting(ImportProblem::toString)
                            .anySatisfy(p -> assertThat(p).startsWith("/procedures/2: ").contains("REGION"))
                            .anySatisfy(p -> assertThat(p).startsWith("/procedures/1/versions/1: ")
                                    .contains("trùng với phiên bản 1")));
        }
    }

    @Test
    void keywordsFindTheSameProcedureWithOrWithoutDiacriticsExactNameFirst() throws Exception {
        try (CatalogueStore store = new CatalogueStore(vn.motcua.platform.database.TestDatabase.H2, "catalogue_search",
                false)) {
            byte[] file = fixture();
            store.inTransaction(s -> s.administration.importFile(ADMIN, file, ExchangeFormat.JSON));
            for (String q : List.of("dang ky ket hon", "đăng ký kết hôn", "ĐĂNG KÝ KẾT HÔN", "  Dang  ky ket-hon ")) {
                ResultPage<ProcedureSummary> page = store.inTransaction(s -> s.catalog.search(
                        new CatalogQuery(q, null, null, null, null, 0, 20)));
                assertThat(page.items()).extracting(ProcedureSummary::code)
                        .as(q).containsExactly("1.000894", "3.999992", "3.999991");
            }
            ResultPage<ProcedureSummary> before = store.inTransaction(s -> s.catalog.search(
                    new CatalogQuery("ket hon", "ho tich", vn.motcua.organization.UnitLevel.COMMUNE,
                            OnlineLevel.PARTIAL_ONLINE, LocalDate.of(2025, 6, 30), 0, 20)));
            assertThat(before.items()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("3.999991");
                assertThat(p.version()).isEqualTo(1);
                assertThat(p.durationValue()).isEqualTo(5);
            });
            ResultPage<ProcedureSummary> paged = store.inTransaction(s -> s.catalog.search(
                    new CatalogQuery("", null, null, null, null, 1, 3)));
            assertThat(paged.total()).isEqualTo(4);
            assertThat(paged.items()).hasSize(1);
        }
    }
}
