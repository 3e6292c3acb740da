package vn.motcua.integration.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.FilingRefusedException;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.NotFoundException;

/**
 * Receives a dossier filed on the national public-service portal, exactly once by its national code: the first
 * arrival claims the code ({@link NationalCodes#claim}, a committed row under a unique key), files the dossier through
 * {@link DossierFiling#fileFromNationalPortal} and completes the claim in one transaction; an arrival of a code
 * already received is answered with our dossier, one arriving while the first is being filed is told so
 * ({@link ReceivingException}). A dossier refused (answers to correct, by the portal's field names) or failing for any
 * other reason leaves nothing behind and releases the claim, so the portal's corrected retry goes through.
 */
@ApplicationScoped
public class NationalIntake {

    private static final Logger LOG = Logger.getLogger(NationalIntake.class.getName());

    /** Our field names in a filing refusal, and the portal's for the same thing. */
    private static final Map<String, String> PORTAL_FIELDS = Map.of(
            "receivingUnitCode", "DonViXuLy", "applicantName", "ChuHoSo", "applicantPersonalId", "DinhDanhCHS",
            "applicantPhone", "SoDienThoai", "applicantEmail", "Email", "returnMethod", "HinhThuc",
            "postalAddress", "HinhThuc");

    /** What came of an arrival: our dossier's code, and whether it was filed now (false for a repeat). */
    public record Outcome(String nationalCode, String dossierCode, boolean filedNow) {
    }

    /** The same national code is being received right now (a concurrent duplicate): try again shortly. */
    public static class ReceivingException extends RuntimeException {
        public ReceivingException(String nationalCode) {
            super("Hồ sơ " + nationalCode + " đang được tiếp nhận; gửi lại sau ít giây để nhận mã hồ sơ");
        }
    }

    @Inject
    NationalCodes codes;

    @Inject
    IntakeTransaction transaction;

    public NationalIntake() {
    }

    public NationalIntake(NationalCodes codes, IntakeTransaction transaction) {
        this.codes = codes;
        this.transaction = transaction;
    }

    public Outcome receive(NationalDossier dossier, IntakeSource source) {
        NationalCodes.Claim claim = codes.claim(dossier.nationalCode(), source);
        if (claim instanceof NationalCodes.Received received) {
            LOG.info(() -> "National dossier " + dossier.nationalCode() + " arrived again (" + source
                    + "): already received as " + received.dossierCode());
            return new Outcome(dossier.nationalCode(), received.dossierCode(), false);
        }
        if (claim instanceof NationalCodes.Receiving) {
            throw new ReceivingException(dossier.nationalCode());
        }
        try {
            String code = transaction.fileAndComplete(dossier);
            LOG.info(() -> "National dossier " + dossier.nationalCode() + " received (" + source + ") as " + code);
            return new Outcome(dossier.nationalCode(), code, true);
        } catch (RuntimeException e) {
            codes.release(dossier.nationalCode());
            throw portalNames(dossier, e);
        }
    }

    /** A refusal told with the portal's field names; anything else as it is. */
    private static RuntimeException portalNames(NationalDossier dossier, RuntimeException e) {
        if (e instanceof FilingRefusedException refused) {
            Map<String, String> problems = new LinkedHashMap<>();
            refused.problems().forEach((field, message) -> problems.put(PORTAL_FIELDS.getOrDefault(field, field),
                    message));
            return new FilingRefusedException(problems);
        }
        if (e instanceof NotFoundException || e instanceof IllegalArgumentException) {
            return new FilingRefusedException(Map.of("MaTTHC", "Thủ tục " + dossier.procedureCode()
                    + " không có hiệu lực hoặc không nhận hồ sơ trực tuyến tại tỉnh"));
        }
        return e;
    }

    /** Files the dossier and completes its claim, in one transaction of its own. */
    @ApplicationScoped
    public static class IntakeTransaction {

        @Inject
        DossierFiling filing;

        @Inject
        NationalCodes codes;

        public IntakeTransaction() {
        }

        public IntakeTransaction(DossierFiling filing, NationalCodes codes) {
            this.filing = filing;
            this.codes = codes;
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public String fileAndComplete(NationalDossier dossier) {
            String code = filing.fileFromNationalPortal(request(dossier)).value();
            codes.complete(dossier.nationalCode(), code);
            return code;
        }

        /** The filing request: the portal's data kept in the dossier's fields, the national code first. */
        static FilingRequest request(NationalDossier dossier) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("MaHoSoKhac", dossier.nationalCode());
            fields.put("KenhNop", "DVCQG");
            fields.put("LoaiDoiTuong", Integer.toString(dossier.applicantType()));
            if (dossier.summary() != null) {
                fields.put("TrichYeuHoSo", dossier.summary());
            }
            if (dossier.filedAt() != null) {
                fields.put("NgayNopHoSo", dossier.filedAt().format(NationalDossier.PORTAL_TIME));
            }
            List<NationalDossier.Attachment> files = dossier.attachments();
            for (int i = 0; i < files.size(); i++) {
                fields.put("TaiLieuNop." + (i + 1), files.get(i).name()
                        + (files.get(i).url() == null ? "" : " <" + files.get(i).url() + ">"));
            }
            return new FilingRequest(dossier.procedureCode(), dossier.receivingUnitCode(), dossier.applicantName(),
                    dossier.personalId(), dossier.phone(), dossier.email(), fields);
        }
    }
}
