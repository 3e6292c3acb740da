package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.dossier.application.CounterFixture.MARITAL_STATUS;
import static vn.motcua.dossier.application.CounterFixture.UNIT;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.application.CounterIntakeRequest.ReceivedPaper;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.identity.InvalidRequestException;

/**
 * The statistics read model follows a real use case in its own transaction: a paper dossier received at the counter
 * has its row at once, with the facts the indicators count; a refused intake leaves no row.
 */
class StatisticsProjectionTest {

    private CounterFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new CounterFixture();
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private CounterIntakeRequest maritalStatus(List<ReceivedPaper> papers) {
        return new CounterIntakeRequest(MARITAL_STATUS, UNIT, "Trần Thị Lan", "079301000123", "0912345678",
                "lan@example.invalid", "12 Yersin, phường Thủ Dầu Một", papers, Map.of(), null, false);
    }

    @Test
    void aDossierReceivedAtTheCounterHasItsRowInTheSameTransaction() {
        long declaration = f.upload(f.desk(), CounterFixture.pdf(2), "to-khai.pdf").id();
        String code = f.tx(() -> f.intake.receive(f.desk(), maritalStatus(List.of(
                new ReceivedPaper(1, PaperForm.ORIGINAL, declaration),
                new ReceivedPaper(2, PaperForm.ORIGINAL, null))))).dossierCode();

        String row = "select count(*) from stat_dossier where dossier_code = '" + code + "'";
        assertThat(f.count(row)).isEqualTo(1);
        // counter = national channel 1; received, not finished; one of two papers has no scan: not digitised
        assertThat(f.count(row + " and channel_code = 1 and status = 'RECEIVED' and received_at is not null"
                + " and due_at is not null and finished_at is null and not digitised and not paused")).isEqualTo(1);
        // the fee was charged at the counter (cash): fee-bearing, not paid online
        assertThat(f.count(row + " and fee_bearing and not paid_online")).isEqualTo(1);
    }

    @Test
    void aRefusedIntakeLeavesNoRow() {
        assertThatThrownBy(() -> f.tx(() -> f.intake.receive(f.desk(), maritalStatus(List.of()))))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(f.count("select count(*) from stat_dossier")).isZero();
    }
}
