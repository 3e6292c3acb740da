package vn.motcua.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import vn.motcua.documents.rendering.AgencyNames;
import vn.motcua.documents.rendering.Letterhead;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.documents.rendering.ResultDocument;
import vn.motcua.documents.rendering.Signer;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.identity.UserAccount;
import vn.motcua.organization.OrgUnit;
import vn.motcua.platform.time.BusinessTime;

/**
 * Renders a dossier's result as an official document (Decree 30/2020 layout): the agency's heading with the number
 * left as dots for the clerk, the procedure's result name as title, the data of the applicant's form, the signer
 * block in the capacity the leader signs in, and the QR code of the public verification page. The bottom of the last
 * page stays empty for the two signature appearances.
 */
@ApplicationScoped
public class ResultDocuments {

    private static final Properties LABELS = labels();

    @Inject
    PdfRenderer renderer;

    @Inject
    ResultLinks links;

    /** The unsigned PDF of the dossier's result. */
    public byte[] render(Dossier dossier, String verificationCode, UserAccount signer, String onBehalf, Instant at) {
        return render(dossier, dossier.getReceivingUnit(), verificationCode, signer, onBehalf, at);
    }

    /** The unsigned PDF of the dossier's result issued by {@code agency} (the deciding level of a chain). */
    public byte[] render(Dossier dossier, OrgUnit agency, String verificationCode, UserAccount signer, String onBehalf,
                         Instant at) {
        return renderer.render(ResultDocument.TEMPLATE, model(dossier, agency, links.verification(verificationCode),
                signer, onBehalf, at));
    }

    static ResultDocument model(Dossier dossier, String verificationUrl, UserAccount signer, String onBehalf,
                                Instant at) {
        return model(dossier, dossier.getReceivingUnit(), verificationUrl, signer, onBehalf, at);
    }

    static ResultDocument model(Dossier dossier, OrgUnit agency, String verificationUrl, UserAccount signer,
                                String onBehalf, Instant at) {
        AgencyNames.Heading heading = AgencyNames.heading(agency.getName(),
                agency.getParent() == null ? null : agency.getParent().getName());
        java.util.Optional<String> refusal = dossier.refusalReasons();
        String title = refusal.isPresent() ? REFUSAL_TITLE : dossier.getProcedureVersion().getResultName();
        Letterhead letterhead = new Letterhead(heading.parent(), heading.agency(), null,
                NumberSymbols.of(title, agency.getName()), AgencyNames.place(agency.getName()),
                BusinessTime.dateOf(at));
        String position = signer.getPositionTitle() == null ? SigningCapacity.headPosition(agency)
                : signer.getPositionTitle().toUpperCase(new Locale("vi"));
        String head = onBehalf == null ? null : onBehalf.substring(onBehalf.indexOf(' ') + 1);
        Signer signs = onBehalf == null ? Signer.of(position, signer.getDisplayName())
                : onBehalf.startsWith("TL.") ? Signer.byOrder(head, position, signer.getDisplayName())
                : Signer.deputy(head, position, signer.getDisplayName());
        List<ResultDocument.Field> fields = DossierQueries.formFields(dossier.getFormData()).entrySet().stream()
                .filter(f -> !f.getValue().isBlank())
                .map(f -> new ResultDocument.Field(LABELS.getProperty(f.getKey(), f.getKey()), f.getValue()))
                .toList();
        String procedure = dossier.getProcedureVersion().getProcedure().getName();
        List<String> paragraphs = refusal.map(reasons -> refusalParagraphs(dossier, agency, procedure, reasons))
                .orElseGet(() -> List.of("Kết quả giải quyết thủ tục hành chính \"" + procedure + "\", hồ sơ số "
                        + dossier.getCode().value() + "."));
        return new ResultDocument(letterhead, title.toUpperCase(new Locale("vi")), null, null,
                dossier.getApplicant().getName(), fields, paragraphs,
                List.of("Người yêu cầu;", "Lưu: VT, hồ sơ " + dossier.getCode().value() + "."), signs,
                verificationUrl, dossier.getCode().value());
    }

    /** The title of the reasoned letter that is the result of a refusal after appraisal. */
    public static final String REFUSAL_TITLE = "Thông báo từ chối giải quyết hồ sơ";

    /** The body of a refusal after appraisal: what was refused, why (one reason per line), and the right to appeal. */
    private static List<String> refusalParagraphs(Dossier dossier, OrgUnit agency, String procedure, String reasons) {
        List<String> paragraphs = new java.util.ArrayList<>();
        paragraphs.add("Sau khi thẩm định hồ sơ số " + dossier.getCode().value() + " đề nghị giải quyết thủ tục hành chính \""
                + procedure + "\", " + agency.getName() + " thông báo không giải quyết hồ sơ vì các lý do sau:");
        java.util.Arrays.stream(reasons.split("\\R")).map(String::strip).filter(r -> !r.isEmpty())
                .forEach(r -> paragraphs.add("- " + r));
        paragraphs.add("Nếu không đồng ý, Ông/Bà có quyền khiếu nại hoặc khởi kiện theo quy định của pháp luật.");
        return paragraphs;
    }

    private static Properties labels() {
        Properties labels = new Properties();
        try (InputStream in = ResultDocuments.class.getResourceAsStream("result-fields.properties")) {
            if (in != null) {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the result field labels", e);
        }
        return labels;
    }
}
