package vn.motcua.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/**
 * A dossier's result for those who may see the dossier: its officials see it from the leader's signature on, its
 * applicant once it is issued (numbered and sealed).
 */
@ApplicationScoped
@Transactional
public class ResultAccess {

    /** A result document and the file name to offer it under. */
    public record ResultPdf(String fileName, byte[] content) {
    }

    @Inject
    DossierQueries queries;

    @Inject
    ResultIssuance results;

    @Inject
    ResultLinks links;

    /** The result of dossier {@code code} as the viewer may see it, if there is one. */
    public Optional<ResultSummary> summary(Actor viewer, String code) {
        return visible(viewer, code).map(r -> ResultSummary.of(r, links.verification(r.getVerificationCode())));
    }

    /**
     * The current PDF of the result of dossier {@code code}.
     *
     * @throws NotFoundException when the dossier has no result the viewer may see yet
     */
    public ResultPdf document(Actor viewer, String code) {
        DossierResult result = visible(viewer, code).orElseThrow(() -> new NotFoundException(
                "Hồ sơ " + code + " chưa có kết quả đã ký số"));
        String suffix = result.getState() == DossierResult.State.ISSUED ? "" : "-da-ky-chua-ban-hanh";
        return new ResultPdf("ket-qua-" + code + suffix + ".pdf", results.read(result.getDocumentId()));
    }

    private Optional<DossierResult> visible(Actor viewer, String code) {
        Dossier dossier = queries.readable(viewer, code);
        boolean official = viewer.grants().stream().anyMatch(g -> g.role() != Role.CITIZEN);
        return results.of(dossier.getId())
                .filter(r -> official || r.getState() == DossierResult.State.ISSUED);
    }
}
