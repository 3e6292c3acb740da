package vn.motcua.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PaymentRequestRepository {

    void add(PaymentRequest request);

    Optional<PaymentRequest> findByDossierCode(String dossierCode);

    /** The request of a dossier, its row locked until commit: settlements and the desk's acceptance take turns. */
    Optional<PaymentRequest> lockByDossierCode(String dossierCode);

    Optional<PaymentRequest> findByTxnRef(String txnRef);

    /** The request with this id, its row locked until commit. */
    Optional<PaymentRequest> lockById(long id);

    /** The request whose latest gateway transaction is {@code txnRef}, its row locked until commit. */
    Optional<PaymentRequest> lockByTxnRef(String txnRef);

    /** Awaiting requests whose transaction was started before {@code startedBefore}, oldest first. */
    List<PaymentRequest> awaitingWithTransactionStartedBefore(Instant startedBefore, int limit);

    /** Awaiting requests past their expiry, oldest first. */
    List<PaymentRequest> awaitingExpiredAt(Instant now, int limit);
}
