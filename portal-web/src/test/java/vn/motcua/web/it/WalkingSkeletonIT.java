package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.documents.application.DocumentContent;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.documents.rendering.DossierReceipt;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;

/**
 * The walking skeleton: a birth registration (1.001193) filed online at a commune goes the whole way — received at
 * the desk, handled, approved, issued, published by the async step and returned — with dossier and process state
 * changing together at every step.
 */
@ExtendWith(ArquillianExtension.class)
class WalkingSkeletonIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, Waits.class);
    }

    @Inject
    DossierFiling filing;

    @Inject
    DossierSteps steps;

    @Inject
    DossierQueries queries;

    @Inject
    DemoActors actors;

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    PdfRenderer renderer;

    @Inject
    DocumentStore documents;

    @Test
    void birthRegistrationGoesFromFilingToReturnedResult() {
        System.out.println("Walking skeleton on database: " + Deployments.database(dataSource));
        Actor citizen = actors.get(DemoActors.CITIZEN);
        Actor desk = actors.get(DemoActors.DESK);
        Actor specialist = actors.get(DemoActors.SPECIALIST);
        Actor leader = actors.get(DemoActors.LEADER);
        Actor clerk = actors.get(DemoActors.CLERK);

        DossierCode code = filing.fileOnline(citizen, birthRegistration());
        assertThat(code.value()).matches("000\\.30\\.01\\.H29-\\d{6}-\\d{4}");
        DossierView filed = queries.dossier(citizen, code.value());
        assertThat(filed.status()).isEqualTo("SUBMITTED");
        assertThat(filed.nationalStatus()).isEqualTo(1);
        assertThat(filed.maskedPersonalId()).isEqualTo("*********789");
        assertThat(filed.fields()).containsEntry("childName", "Nguyễn Thị Bình An");

        complete(desk, code, "deskReceives", StepOutcome.ACCEPT, null);
        assertThat(queries.dossier(desk, code.value()).status()).isEqualTo("RECEIVED");

        String appraisal = onlyStep(specialist, code, "specialistHandles").taskId();
        steps.claim(specialist, appraisal);
        assertThat(queries.dossier(specialist, code.value()).status()).isEqualTo("PROCESSING");
        steps.complete(specialist, appraisal, StepOutcome.SUBMIT_DRAFT, "Hồ sơ đầy đủ, đề nghị cấp.");

        complete(leader, code, "leaderApproves", StepOutcome.RETURN_FOR_REWORK, "Bổ sung nơi sinh chi tiết.");
        assertThat(queries.dossier(leader, code.value()).status()).isEqualTo("PROCESSING");
        String rework = onlyStep(specialist, code, "specialistHandles").taskId();
        steps.complete(specialist, rework, StepOutcome.SUBMIT_DRAFT, "Đã bổ sung.");
        complete(leader, code, "leaderApproves", StepOutcome.APPROVE, null);
        complete(clerk, code, "clerkIssues", StepOutcome.ISSUE, null);

        Waits.until("the async publication step", Duration.ofSeconds(60),
                () -> "RESULT_READY".equals(queries.dossier(desk, code.value()).status()));
        complete(desk, code, "deskReturnsResult", StepOutcome.HAND_OVER, null);

        DossierView returned = queries.dossier(citizen, code.value());
        assertThat(returned.status()).isEqualTo("RETURNED");
        assertThat(returned.nationalStatus()).isEqualTo(10);
        assertThat(returned.openSteps()).isEmpty();
        assertThat(returned.history()).extracting(DossierView.HistoryView::action).containsExactly(
                "SUBMITTED", "ACCEPTED", "PROCESSING_STARTED", "DRAFT_SUBMITTED", "RETURNED_FOR_REWORK",
                "DRAFT_SUBMITTED", "APPROVED", "RESULT_ISSUED", "RESULT_READY", "RESULT_RETURNED");
        assertThat(returned.history()).filteredOn(h -> h.action().equals("RETURNED_FOR_REWORK"))
                .extracting(DossierView.HistoryView::note).containsExactly("Bổ sung nơi sinh chi tiết.");
    }

    @Test
    void onlyTheHolderOfTheStepsUnitAndRoleMayAct() {
        Actor citizen = actors.get(DemoActors.CITIZEN);
        DossierCode code = filing.fileOnline(citizen, birthRegistration());
        String intake = onlyStep(actors.get(DemoActors.DESK), code, "deskReceives").taskId();

        assertThatThrownBy(() -> steps.complete(actors.get(DemoActors.SPECIALIST), intake, StepOutcome.ACCEPT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.complete(citizen, intake, StepOutcome.ACCEPT, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.dossier(actors.get(DemoActors.SUPERVISOR), code.value()))
                .as("a supervisor of another unit tree level sees only through supervision, not here")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> steps.complete(actors.get(DemoActors.DESK), intake, StepOutcome.REFUSE, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(queries.dossier(citizen, code.value()).status()).isEqualTo("SUBMITTED");

        steps.complete(actors.get(DemoActors.DESK), intake, StepOutcome.REFUSE, "Tờ khai thiếu chữ ký.");
        DossierView refused = queries.dossier(citizen, code.value());
        assertThat(refused.status()).isEqualTo("NOT_RECEIVED");
        assertThat(refused.nationalStatus()).isEqualTo(3);
        assertThat(refused.openSteps()).isEmpty();
    }

    @Test
    void theDeskIssuesTheReceiptOfAFiledDossierAsAStoredPdf() throws java.io.IOException {
        Actor desk = actors.get(DemoActors.DESK);
        DossierCode code = filing.fileOnline(actors.get(DemoActors.CITIZEN), birthRegistration());
        DossierReceipt receipt = new DossierReceipt("ỦY BAN NHÂN DÂN", "PHƯỜNG THỦ DẦU MỘT", "1", "Thủ Dầu Một",
                LocalDate.of(2026, 11, 21), code.value(), "Bộ phận Một cửa phường Thủ Dầu Một", "Nguyễn Văn An",
                null, "0912345678", null, "Đăng ký khai sinh",
                List.of(new DossierReceipt.Component("Tờ khai đăng ký khai sinh", "Bản điện tử")), 1,
                "01 ngày làm việc", LocalDateTime.of(2026, 11, 21, 9, 0), LocalDateTime.of(2026, 11, 22, 9, 0),
                "Bộ phận Một cửa phường Thủ Dầu Một", "Nguyễn Thị Thu Hà", "https://motcua.example/tra-cuu/" + code.value());

        byte[] pdf = renderer.render(DossierReceipt.TEMPLATE, receipt);
        StoredDocument stored = documents.store(desk, new java.io.ByteArrayInputStream(pdf), "giay-tiep-nhan.pdf",
                "application/pdf", DocumentPurpose.ISSUED);

        assertThat(stored.pageCount()).isEqualTo(1);
        try (DocumentContent content = documents.open(desk, stored.id())) {
            assertThat(content.bytes().readAllBytes()).isEqualTo(pdf);
        }
    }

    private void complete(Actor official, DossierCode code, String step, StepOutcome outcome, String reason) {
        steps.complete(official, onlyStep(official, code, step).taskId(), outcome, reason);
    }

    private DossierView.StepView onlyStep(Actor official, DossierCode code, String step) {
        DossierView view = queries.dossier(official, code.value());
        assertThat(view.openSteps()).extracting(DossierView.StepView::stepKey).contains(step);
        return view.openSteps().stream().filter(s -> s.stepKey().equals(step)).findFirst().orElseThrow();
    }

    static FilingRequest birthRegistration() {
        return new FilingRequest("1.001193", DemoActors.COMMUNE, "Nguyễn Văn An", "079123456789", "0912345678",
                "congdan.an@example.invalid", Map.of(
                        "childName", "Nguyễn Thị Bình An",
                        "childBirthDate", "02/11/2026",
                        "childSex", "Nữ",
                        "childBirthPlace", "Bệnh viện đa khoa tỉnh Bình Dương",
                        "motherName", "Trần Thị Hoa",
                        "fatherName", "Nguyễn Văn An"));
    }
}
