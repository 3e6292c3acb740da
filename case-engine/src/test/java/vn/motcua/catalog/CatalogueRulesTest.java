package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.Role;
import vn.motcua.organization.UnitLevel;

class CatalogueRulesTest {

    private final CatalogueRules rules = new CatalogueRules(Map.of("twoSteps", List.of("receive", "decide")));

    private static VersionDefinition version(int number, LocalDate from, LocalDate to, int days, double... hours) {
        return new VersionDefinition(number, from, to, "Ủy ban nhân dân cấp xã", List.of(),
                new ProcessingTime(days, DurationUnit.WORKING_DAYS), Map.of(), null, CutOffRule.AFTER_15H,
                SupplementPolicy.RESTART, null,
                List.of(new Fee(FeeKind.LE_PHI, "Lệ phí", 50_000, 40_000L, null)),
                List.of(new Component("Tờ khai", Requirement.REQUIRED, 1, 0, null, null, null, "application/pdf",
                        10240, 1, 2)),
                "twoSteps", List.of(
                new StepAllocation("receive", "Tiếp nhận", Role.DESK_OFFICER, BigDecimal.valueOf(hours[0])),
                new StepAllocation("decide", "Giải quyết", Role.SPECIALIST, BigDecimal.valueOf(hours[1]))),
                "Kết quả", ResultType.PAPER, null, null, List.of());
    }

    private static ProcedureDefinition procedure(OnlineLevel level, List<FilingChannel> channels,
                                                 VersionDefinition... versions) {
        return new ProcedureDefinition("1.000894", "Đăng ký kết hôn", "Hộ tịch", UnitLevel.COMMUNE, level, channels,
                "Luật Hộ tịch 2014", List.of(), List.of(versions));
    }

    @Test
    void aSoundProcedurePasses() {
        assertThat(rules.check(procedure(OnlineLevel.FULL_ONLINE, List.of(FilingChannel.ONLINE, FilingChannel.DIRECT),
                version(1, LocalDate.of(2016, 1, 1), LocalDate.of(2025, 6, 30), 1, 2, 6),
                version(2, LocalDate.of(2025, 7, 1), null, 2, 4, 12)))).isEmpty();
    }

    @Test
    void allocationsMustAddUpToTheTimeLimit() {
        assertThat(rules.check(procedure(OnlineLevel.FULL_ONLINE, List.of(FilingChannel.ONLINE),
                version(1, LocalDate.of(2016, 1, 1), null, 1, 2, 5.5))))
                .extracting(CatalogueRules.Violation::toString)
                .containsExactly("versions[0].steps: Tổng thời gian các bước (7.5 giờ) phải bằng thời hạn giải quyết "
                        + "(8 giờ làm việc)");
    }

    @Test
    void versionsMustNotOverlapAndStepsMustBeTheModels() {
        VersionDefinition first = version(1, LocalDate.of(2016, 1, 1), null, 1, 2, 6);
        VersionDefinition second = version(2, LocalDate.of(2025, 7, 1), null, 1, 2, 6);
        assertThat(rules.check(procedure(OnlineLevel.FULL_ONLINE, List.of(FilingChannel.ONLINE), first, second)))
                .extracting(CatalogueRules.Violation::where).containsExactly("versions[1].validFrom");

        VersionDefinition unknownModel = new VersionDefinition(1, LocalDate.of(2016, 1, 1), null, null, List.of(),
                first.duration(), Map.of(), null, first.cutOff(), first.supplementPolicy(), null, List.of(),
                List.of(), "noSuchModel", List.of(), "Kết quả", ResultType.PAPER, null, null, List.of());
        assertThat(rules.check(procedure(OnlineLevel.FULL_ONLINE, List.of(FilingChannel.ONLINE), unknownModel)))
                .extracting(CatalogueRules.Violation::where).containsExactly("versions[0].processKey");
    }

    @Test
    void theOnlineLevelAndTheChannelsMustAgree() {
        assertThat(rules.check(procedure(OnlineLevel.PARTIAL_ONLINE, List.of(FilingChannel.DIRECT),
                version(1, LocalDate.of(2016, 1, 1), null, 1, 2, 6))))
                .extracting(CatalogueRules.Violation::message)
                .containsExactly("Thủ tục trực tuyến phải có cách thức nộp ONLINE");
        assertThat(rules.check(procedure(OnlineLevel.INFORMATION_ONLY, List.of(FilingChannel.ONLINE),
                version(1, LocalDate.of(2016, 1, 1), null, 1, 2, 6))))
                .extracting(CatalogueRules.Violation::where).containsExactly("channels");
    }

    @Test
    void codesFeesAndUnverifiedNamesAreChecked() {
        ProcedureDefinition bad = new ProcedureDefinition("1.0894", "", "Hộ tịch", UnitLevel.DEPARTMENT,
                OnlineLevel.FULL_ONLINE, List.of(FilingChannel.ONLINE), " ", List.of("price"),
                List.of(version(1, LocalDate.of(2016, 1, 1), null, 1, 2, 6)));
        assertThat(rules.check(bad)).extracting(CatalogueRules.Violation::where)
                .containsExactlyInAnyOrder("code", "name", "competentLevel", "source", "unverified");
    }
}
