package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.application.SummaryRow;

class StatisticsResourceTest {

    @Test
    void aPeriodIsAYearAQuarterOrAMonth() {
        assertThat(StatisticsResource.namedPeriod("2026-Q3"))
                .isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(StatisticsResource.namedPeriod("2026-09"))
                .isEqualTo(new Period(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
        assertThat(StatisticsResource.namedPeriod("2026"))
                .isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThatThrownBy(() -> StatisticsResource.namedPeriod("2026-13"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> StatisticsResource.namedPeriod(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
    }

    @Test
    void theCsvHasVietnameseHeadersAndQuotesItsCells() {
        String csv = StatisticsResource.csv(List.of(new SummaryRow("Đất đai", "Đất đai, nhà ở", 3, 2, 1, 1, 0, 1, 0),
                new SummaryRow("=cmd", "Tên \"lạ\"", 0, 0, 0, 0, 0, 0, 0)));
        assertThat(csv.split("\r\n")).containsExactly(
                "Mã,Tên,Tiếp nhận,Đã giải quyết,Trước hạn,Đúng hạn,Quá hạn,Đang giải quyết,Đang giải quyết quá hạn",
                "Đất đai,\"Đất đai, nhà ở\",3,2,1,1,0,1,0",
                "'=cmd,\"Tên \"\"lạ\"\"\",0,0,0,0,0,0,0");
    }
}
