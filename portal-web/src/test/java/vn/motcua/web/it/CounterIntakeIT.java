package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.dossier.application.CounterIntake;
import vn.motcua.dossier.application.CounterIntakeRequest;
import vn.motcua.dossier.application.CounterIntakeRequest.ReceivedPaper;
import vn.motcua.dossier.application.CounterIntakeResult;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.domain.PaperForm;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;

/**
 * A paper dossier received at the counter of phường Thủ Dầu Một (temporary residence, 1.004194, lệ phí 15.000 đồng)
 * in the running application: both required papers scanned, the fee paid with a numbered receipt, the dossier
 * received at once with its clock running; a dossier missing a required paper is refused and nothing is kept. Over
 * HTTP, the receipt (form 01) and the fee receipt come as PDFs whose text says so.
 */
@ExtendWith(ArquillianExtension.class)
class CounterIntakeIT {

    private static final String TEMPORARY_RESIDENCE = "1.004194";

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, PortalHttp.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    DemoActors actors;

    @Inject
    CounterIntake counter;

    @Inject
    DocumentStore documents;

    @Inject
    DossierQueries queries;

    @Inject
    vn.motcua.dossier.application.DossierNotes notes;

    @Test
    void aPaperDossierIsScannedPaidForAndReceivedAtOnce() throws Exception {
        Actor desk = actors.get(DemoActors.DESK);
        long declaration = scan(desk, "to-khai.pdf");
        long proof = scan(desk, "giay-to-cho-o.pdf");

        assertThatThrownBy(() -> counter.receive(desk, request(List.of(
                new ReceivedPaper(1, PaperForm.ORIGINAL, declaration)))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp");

        CounterIntakeResult result = counter.receive(desk, request(List.of(
                new ReceivedPaper(1, PaperForm.ORIGINAL, declaration),
                new ReceivedPaper(2, PaperForm.CERTIFIED_COPY, proof))));

        DossierView dossier = queries.dossier(desk, result.dossierCode());
        assertThat(dossier.channel()).isEqualTo("COUNTER");
        assertThat(dossier.status()).isEqualTo("RECEIVED");
        assertThat(dossier.clockState()).isEqualTo("RUNNING");
        assertThat(dossier.dueAt()).isNotNull();
        assertThat(result.feeReceiptNumber()).isNotBlank();
        assertThat(dossier.components()).extracting(DossierView.ComponentView::position,
                        DossierView.ComponentView::form, DossierView.ComponentView::pageCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Bản chính", 1),
                        org.assertj.core.groups.Tuple.tuple(2, "Bản sao chứng thực", 1));

        // Officials keep internal notes on the dossier; the applicant never sees them and cannot write one.
        notes.add(desk, result.dossierCode(), "Người nộp hẹn bổ sung bản gốc hợp đồng thuê nhà khi nhận kết quả");
        assertThat(queries.dossier(desk, result.dossierCode()).notes()).singleElement()
                .satisfies(n -> assertThat(n.author()).isEqualTo(DemoActors.DESK));
        assertThatThrownBy(() -> notes.add(actors.get(DemoActors.CITIZEN), result.dossierCode(), "Xin cảm ơn"))
                .isInstanceOf(vn.motcua.identity.AccessDeniedException.class);

        var http = PortalHttp.signedIn(base, DemoActors.DESK);
        assertThat(pdfText(http, result.dossierCode(), "receipt.pdf"))
                .contains("GIẤY TIẾP NHẬN HỒ SƠ", result.dossierCode(), "Đăng ký tạm trú");
        assertThat(pdfText(http, result.dossierCode(), "fee-receipt.pdf"))
                .contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "15.000");
    }

    private CounterIntakeRequest request(List<ReceivedPaper> papers) {
        return new CounterIntakeRequest(TEMPORARY_RESIDENCE, DemoActors.COMMUNE, "Phạm Thị Lan", null, "0912345678",
                null, "Khu phố 2, phường Thủ Dầu Một", papers, Map.of(), null, false);
    }

    private long scan(Actor desk, String name) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return documents.store(desk, new ByteArrayInputStream(out.toByteArray()), name, "application/pdf",
                    DocumentPurpose.SCAN).id();
        }
    }

    private String pdfText(java.net.http.HttpClient http, String code, String document) throws Exception {
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/dossiers/" + code + "/"
                + document)).timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(document).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).hasValue("application/pdf");
        try (PDDocument loaded = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(loaded);
        }
    }
}
