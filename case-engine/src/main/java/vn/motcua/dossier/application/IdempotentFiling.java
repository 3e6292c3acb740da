package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;

/**
 * Files a dossier at most once per key: a double click, a retry after a timeout or the same API request sent twenty
 * times at once files one dossier, and every request under the key is answered with that dossier.
 *
 * <p>The first request claims the key in a transaction of its own ({@link IdempotencyKeys#claim}), then files and
 * completes the key with the response in one transaction. Any request under the key while it is in flight is told
 * so ({@link InFlightException}, 409); once completed, the stored response is given again (200); a key used for another
 * request is refused ({@link KeyReusedException}, 422). When the filing fails, whatever the reason (a 4xx for
 * answers to correct, or a 5xx), its transaction rolled back and the key is released: nothing was filed under it, so a
 * corrected retry with the same key goes through.
 */
@ApplicationScoped
public class IdempotentFiling {

    private static final Logger LOG = Logger.getLogger(IdempotentFiling.class.getName());
    private static final int MAX_KEY_LENGTH = 100;

    /** The answer to a submit: the dossier, the HTTP status (201 when filed now, 200 for a repeat) and the body. */
    public record Outcome(String dossierCode, int status, String body) {

        public boolean repeated() {
            return status != 201;
        }
    }

    /** Another request under the same key is being filed now. */
    public static class InFlightException extends RuntimeException {
        public InFlightException(String key) {
            super("Hồ sơ với khóa " + key + " đang được xử lý; vui lòng đợi trong giây lát rồi tải lại trang");
        }
    }

    /** The key was used for a different request. */
    public static class KeyReusedException extends InvalidRequestException {
        public KeyReusedException(String key) {
            super("Khóa Idempotency-Key " + key + " đã được dùng cho một yêu cầu nộp hồ sơ khác; hãy dùng khóa mới "
                    + "cho yêu cầu mới");
        }
    }

    @Inject
    IdempotencyKeys keys;

    @Inject
    FilingTransaction filing;

    /**
     * Files the request once under {@code key}.
     *
     * @param draftId the draft the request comes from, deleted with the filing; null from the API
     */
    public Outcome submit(Actor citizen, String key, FilingRequest request, Long draftId) {
        if (citizen.accountId() == null) {
            throw new AccessDeniedException("only a signed-in citizen files online");
        }
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH
                || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidRequestException("Khóa Idempotency-Key phải có từ 1 đến " + MAX_KEY_LENGTH
                    + " ký tự ASCII, không có khoảng trắng");
        }
        IdempotencyKeys.Claim claim = keys.claim(citizen.accountId(), key, request.fingerprint());
        if (claim instanceof IdempotencyKeys.Completed done) {
            LOG.info(() -> "Repeated submit under key " + key + " answered with dossier " + done.dossierCode());
            return new Outcome(done.dossierCode(), 200, done.body());
        }
        if (claim instanceof IdempotencyKeys.InFlight) {
            throw new InFlightException(key);
        }
        if (claim instanceof IdempotencyKeys.Mismatch) {
            throw new KeyReusedException(key);
        }
        try {
            return filing.fileAndComplete(citizen, key, request, draftId);
        } catch (RuntimeException e) {
            keys.release(citizen.accountId(), key);
            throw e;
        }
    }

    /** The dossier a citizen already filed under a key (a submit repeated after it went through), if any. */
    public java.util.Optional<String> filedUnder(Actor citizen, String key) {
        return citizen.accountId() == null ? java.util.Optional.empty()
                : keys.dossierFiledUnder(citizen.accountId(), key);
    }

    /** Files, stores the response under the key and deletes the draft, in one transaction. */
    @ApplicationScoped
    public static class FilingTransaction {

        @Inject
        DossierFiling filing;

        @Inject
        DossierRepository dossiers;

        @Inject
        FilingConfirmation confirmation;

        @Inject
        IdempotencyKeys keys;

        @Inject
        FilingDrafts drafts;

        @Transactional
        public Outcome fileAndComplete(Actor citizen, String key, FilingRequest request, Long draftId) {
            DossierCode code = filing.fileComplete(citizen, request);
            String body = confirmation.of(dossiers.findByCode(code).orElseThrow()).toJson();
            keys.complete(citizen.accountId(), key, code.value(), 201, body);
            if (draftId != null) {
                drafts.delete(citizen, draftId);
            }
            return new Outcome(code.value(), 201, body);
        }
    }
}
