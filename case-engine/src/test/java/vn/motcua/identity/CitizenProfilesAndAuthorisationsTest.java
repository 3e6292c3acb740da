package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One migrated demo database for the class: each test works on its own citizen's data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenProfilesAndAuthorisationsTest {

    private AccountsFixture fixture;

    @BeforeAll
    void open() throws Exception {
        fixture = new AccountsFixture();
    }

    @AfterAll
    void close() throws Exception {
        fixture.close();
    }

    private Actor newCitizen(String email) {
        String username = fixture.tx(() -> fixture.citizens.register(new Registration(PartyType.INDIVIDUAL,
                "Phạm Thị Lan", email, null, null, null), "matkhau2026".toCharArray()));
        return fixture.actorOf(username);
    }

    private static InputStream pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    @Test
    void theDemoCitizenHasAProfileToPrefillAFilingFrom() {
        Actor an = fixture.actorOf("congdan.an");

        CitizenProfile profile = fixture.tx(() -> fixture.profiles.of(an)).orElseThrow();

        assertThat(profile.name()).isEqualTo("Nguyễn Văn An");
        assertThat(profile.personalId()).isEqualTo("074085001234");
        assertThat(profile.phone()).endsWith("5678");
        assertThat(profile.address()).isNotBlank();
        assertThat(profile.email()).isEqualTo("congdan.an@example.invalid");
        assertThat(fixture.profiles.warnings(profile)).isEmpty();
    }

    @Test
    void theDemoOrganisationHasAValidTaxCode() {
        Actor company = fixture.actorOf("doanhnghiep.binhminh");
        CitizenProfile profile = fixture.tx(() -> fixture.profiles.of(company)).orElseThrow();

        assertThat(profile.partyType()).isEqualTo(PartyType.ORGANISATION);
        assertThat(TaxCode.parse(profile.taxCode()).warnings(java.time.Year.of(2026))).isEmpty();
    }

    @Test
    void officialsHaveNoProfile() {
        Actor official = fixture.actorOf("motcua.tdm");
        assertThat(fixture.tx(() -> fixture.profiles.of(official))).isEmpty();
        assertThat(fixture.tx(() -> fixture.profiles.of(Actor.SYSTEM))).isEmpty();
    }

    @Test
    void aProfileChangeIsStoredWithTheWarningsOfItsPersonalId() {
        Actor lan = newCitizen("lan.profile@example.vn");

        var warnings = fixture.tx(() -> fixture.profiles.update(lan, new ProfileChange("Phạm Thị Lan",
                "003185012345", null, "+84 912 000 111", " Số 1 đường Lê Lợi ")));

        assertThat(warnings).singleElement().asString().contains("mã tỉnh");
        CitizenProfile profile = fixture.tx(() -> fixture.profiles.of(lan)).orElseThrow();
        assertThat(profile.personalId()).isEqualTo("003185012345");
        assertThat(profile.phone()).isEqualTo("0912000111");
        assertThat(profile.address()).isEqualTo("Số 1 đường Lê Lợi");
    }

    @Test
    void aMalformedPersonalIdChangesNothing() {
        Actor lan = newCitizen("lan.bad@example.vn");

        assertThatThrownBy(() -> fixture.tx(() -> fixture.profiles.update(lan, new ProfileChange("Tên Khác",
                "12345", null, null, null)))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("12 chữ số");
        assertThat(fixture.tx(() -> fixture.profiles.of(lan)).orElseThrow().name()).isEqualTo("Phạm Thị Lan");
    }

    @Test
    void anAuthorisationIsUsableWithinItsDatesByItsHolderOnly() throws Exception {
        Actor lan = newCitizen("lan.auth@example.vn");
        Actor an = fixture.actorOf("congdan.an");
        LocalDate today = LocalDate.of(2026, 3, 2);

        AuthorisationView view = fixture.tx(() -> {
            try {
                return fixture.authorisations.register(lan, new NewAuthorisation(PartyType.ORGANISATION,
                        "Công ty TNHH Bình Minh", "0100109106", null, today.plusDays(30)), pdf(), "uy-quyen.pdf",
                        "application/pdf");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(view.validFrom()).isEqualTo(today);
        assertThat(view.validToday()).isTrue();
        assertThat(fixture.tx(() -> fixture.authorisations.listFor(lan))).extracting(AuthorisationView::partyName)
                .containsExactly("Công ty TNHH Bình Minh");
        assertThat(fixture.tx(() -> fixture.authorisations.listFor(an))).isEmpty();

        RepresentedParty party = fixture.tx(() -> fixture.authorisations.representedParty(lan, view.id(), today));
        assertThat(party.identifier()).isEqualTo("0100109106");
        assertThat(party.documentId()).isEqualTo(view.documentId());

        assertThatThrownBy(() -> fixture.tx(() -> fixture.authorisations.representedParty(lan, view.id(),
                today.plusDays(31)))).isInstanceOf(InvalidRequestException.class).hasMessageContaining("hiệu lực");
        assertThatThrownBy(() -> fixture.tx(() -> fixture.authorisations.representedParty(an, view.id(), today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.run(() -> fixture.authorisations.revoke(an, view.id())))
                .isInstanceOf(AccessDeniedException.class);

        fixture.run(() -> fixture.authorisations.revoke(lan, view.id()));
        assertThatThrownBy(() -> fixture.tx(() -> fixture.authorisations.representedParty(lan, view.id(), today)))
                .hasMessageContaining("thu hồi");
        assertThat(fixture.tx(() -> fixture.authorisations.listFor(lan))).singleElement()
                .satisfies(a -> assertThat(a.revoked()).isTrue());
    }

    @Test
    void anAuthorisationNeedsAValidIdentifierDatesInOrderAndAPdf() throws Exception {
        Actor lan = newCitizen("lan.refused@example.vn");
        LocalDate today = LocalDate.of(2026, 3, 2);

        assertThatThrownBy(() -> fixture.tx(() -> fixture.authorisations.register(lan, new NewAuthorisation(
                PartyType.ORGANISATION, "Công ty", "0100109107", null, null), pdfOrFail(), "a.pdf", null)))
                .hasMessageContaining("chữ số kiểm tra");
        assertThatThrownBy(() -> fixture.tx(() -> fixture.authorisations.register(lan, new NewAuthorisation(
                PartyType.INDIVIDUAL, "Bà Lê Thị Hoa", "001185012345", today.plusDays(5), today.plusDays(1)),
                pdfOrFail(), "a.pdf", null))).hasMessageContaining("sau ngày bắt đầu");
        assertThatThrownBy(() -> fixture.tx(() -> fixture.authorisations.register(lan, new NewAuthorisation(
                PartyType.INDIVIDUAL, "Bà Lê Thị Hoa", "001185012345", null, null),
                new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0}),
                "anh.png", "image/png"))).isInstanceOf(InvalidRequestException.class).hasMessageContaining("PDF");

        assertThat(fixture.tx(() -> fixture.authorisations.listFor(lan))).isEmpty();
    }

    private static InputStream pdfOrFail() {
        try {
            return pdf();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
