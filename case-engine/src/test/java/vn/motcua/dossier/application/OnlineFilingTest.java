package vn.motcua.dossier.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.motcua.dossier.application.CounterFixture.MARITAL_STATUS;
import static vn.motcua.dossier.application.CounterFixture.UNIT;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.dossier.application.FilingRequest.ComponentFile;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/**
 * A citizen files a complete dossier online on a real engine and our own tables: the file of each component is one
 * of their own documents, checked against the component's rules and stored on the dossier with where it came from,
 * with the way of returning the result; any answer to correct is reported with the others and nothing is filed.
 */
class OnlineFilingTest {

    private CounterFixture f;
    private Actor citizen;

    @BeforeEach
    void open() throws Exception {
        f = new CounterFixture();
        citizen = f.actor("congdan.an", Role.CITIZEN, null);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aCompleteDossierIsFiledWithItsComponentsAndTheWayOfReturningTheResult() {
        long declaration = upload(CounterFixture.pdf(2), "to-khai.pdf");

        String code = f.tx(() -> f.online.fileComplete(citizen, request(List.of(new ComponentFile(1, declaration)),
                ReturnMethod.BY_POST, "12 Yersin, phường Thủ Dầu Một"))).value();

        Dossier dossier = f.dossier(code);
        assertThat(dossier.getRequestedReturn()).isEqualTo(ReturnMethod.BY_POST);
        assertThat(dossier.getPostalAddress()).isEqualTo("12 Yersin, phường Thủ Dầu Một");
        assertThat(f.count("SELECT COUNT(*) FROM dossier_component WHERE dossier_id = " + dossier.getId()
                + " AND position = 1 AND form = 'ELECTRONIC' AND provenance = 'UPLOAD' AND page_count = 2"
                + " AND document_id = " + declaration)).isEqualTo(1);
    }

    @Test
    void aDocumentAlreadyOnAnotherDossierIsReused() {
        long declaration = upload(CounterFixture.pdf(1), "to-khai.pdf");
        f.tx(() -> f.online.fileComplete(citizen, request(List.of(new ComponentFile(1, declaration)), null, null)));

        String second = f.tx(() -> f.online.fileComplete(citizen, request(List.of(new ComponentFile(1, declaration)),
                null, null))).value();

        assertThat(f.dossier(second).getRequestedReturn()).as("online by default for a fully online procedure")
                .isEqualTo(ReturnMethod.ONLINE);
        assertThat(f.count("SELECT COUNT(*) FROM dossier_component c JOIN dossier d ON d.id = c.dossier_id"
                + " WHERE d.code = '" + second + "' AND c.provenance = 'REUSE'")).isEqualTo(1);
    }

    @Test
    void everyAnswerToCorrectIsReportedAndNothingIsFiled() {
        long threePages = upload(CounterFixture.pdf(3), "to-khai.pdf");
        long dossiers = f.count("SELECT COUNT(*) FROM dossier");

        FilingRefusedException refused = catchThrowableOfType(FilingRefusedException.class, () -> f.tx(() ->
                f.online.fileComplete(citizen, new FilingRequest(MARITAL_STATUS, UNIT, "Trần Thị Lan", "12",
                        "0912345678", null, Map.of(), List.of(new ComponentFile(1, threePages)), ReturnMethod.AT_DESK,
                        null, null))));

        assertThat(refused.problems()).containsOnlyKeys("applicantPersonalId", "components[1]", "returnMethod");
        assertThat(refused.problems().get("components[1]")).isEqualTo("Thành phần \"Tờ khai cấp Giấy xác nhận tình "
                + "trạng hôn nhân\" cần từ 1 đến 2 trang, tệp \"to-khai.pdf\" có 3 trang.");
        assertThat(f.count("SELECT COUNT(*) FROM dossier")).isEqualTo(dossiers);
        assertThat(f.count("SELECT COUNT(*) FROM dossier_component")).isZero();
    }

    @Test
    void aRequiredComponentWithoutAFileAndAPostalResultWithoutAnAddressAreRefused() {
        FilingRefusedException refused = catchThrowableOfType(FilingRefusedException.class, () -> f.tx(() ->
                f.online.fileComplete(citizen, request(List.of(), ReturnMethod.BY_POST, " "))));

        assertThat(refused.problems()).containsOnlyKeys("components[1]", "postalAddress");
        assertThat(refused.problems().get("components[1]")).contains("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân");
        assertThat(f.count("SELECT COUNT(*) FROM dossier")).isZero();
    }

    @Test
    void anotherCitizensDocumentCannotBeUsed() {
        long theirs = f.tx(() -> f.documents.store(f.actor("chuyenvien.tdm", Role.CITIZEN, null),
                new ByteArrayInputStream(CounterFixture.pdf(1)), "to-khai.pdf", null,
                DocumentPurpose.DOSSIER_COMPONENT)).id();

        FilingRefusedException refused = catchThrowableOfType(FilingRefusedException.class, () -> f.tx(() ->
                f.online.fileComplete(citizen, request(List.of(new ComponentFile(1, theirs)), null, null))));

        assertThat(refused.problems().get("components[1]")).contains("trong kho tài liệu của bạn");
    }

    @Test
    void underAnAuthorisationTheDossierNamesTheRepresentedPartyAndKeepsTheDocument() {
        long declaration = upload(CounterFixture.pdf(1), "to-khai.pdf");
        var authorisation = f.tx(() -> f.authorisations.register(citizen, new vn.motcua.identity.NewAuthorisation(
                        vn.motcua.identity.PartyType.INDIVIDUAL, "Lê Văn Tư", "079064002211", null, null),
                new ByteArrayInputStream(CounterFixture.pdf(1)), "giay-uy-quyen.pdf", "application/pdf"));

        String code = f.tx(() -> f.online.fileComplete(citizen, new FilingRequest(MARITAL_STATUS, UNIT,
                "Trần Thị Lan", "079301000123", "0912345678", "lan@example.invalid", Map.of(),
                List.of(new ComponentFile(1, declaration)), null, null,
                new FilingRequest.OnBehalf(null, null, null, authorisation.id())))).value();

        var party = jakarta.json.Json.createReader(new java.io.StringReader(f.dossier(code).getFormData()))
                .readObject().getJsonObject("onBehalfOf");
        assertThat(party.getString("name")).isEqualTo("Lê Văn Tư");
        assertThat(party.getString("personalId")).isEqualTo("079064002211");
        assertThat(party.getJsonNumber("authorisationDocumentId").longValue()).isEqualTo(authorisation.documentId());

        // Someone else's authorisation is refused with the other answers, and nothing is filed.
        Actor stranger = f.actor("doanhnghiep.binhminh", Role.CITIZEN, null);
        long strangersDeclaration = f.tx(() -> f.documents.store(stranger,
                new ByteArrayInputStream(CounterFixture.pdf(1)), "to-khai.pdf", null,
                DocumentPurpose.DOSSIER_COMPONENT)).id();
        long dossiers = f.count("SELECT COUNT(*) FROM dossier");
        FilingRefusedException refused = catchThrowableOfType(() -> f.tx(() -> f.online.fileComplete(stranger,
                new FilingRequest(MARITAL_STATUS, UNIT, "Công ty Bình Minh", null, "0912345678", null, Map.of(),
                        List.of(new ComponentFile(1, strangersDeclaration)), null, null,
                        new FilingRequest.OnBehalf(null, null, null, authorisation.id())))),
                FilingRefusedException.class);
        assertThat(refused.problems()).containsEntry("onBehalfOf.authorisation",
                "Giấy ủy quyền đã chọn không thuộc tài khoản của bạn");
        assertThat(f.count("SELECT COUNT(*) FROM dossier")).isEqualTo(dossiers);
    }

    private long upload(byte[] content, String name) {
        return f.tx(() -> f.documents.store(citizen, new ByteArrayInputStream(content), name, null,
                DocumentPurpose.DOSSIER_COMPONENT)).id();
    }

    private static FilingRequest request(List<ComponentFile> files, ReturnMethod returnMethod, String address) {
        return new FilingRequest(MARITAL_STATUS, UNIT, "Trần Thị Lan", "079301000123", "0912345678",
                "lan@example.invalid", Map.of(), files, returnMethod, address, null);
    }
}
