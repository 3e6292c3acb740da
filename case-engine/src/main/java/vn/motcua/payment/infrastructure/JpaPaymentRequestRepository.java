package vn.motcua.payment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.payment.domain.PaymentRequest;
import vn.motcua.payment.domain.PaymentRequestRepository;
import vn.motcua.payment.domain.PaymentStatus;

@ApplicationScoped
public class JpaPaymentRequestRepository implements PaymentRequestRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(PaymentRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public Optional<PaymentRequest> findByDossierCode(String dossierCode) {
        return em.createQuery("select r from PaymentRequest r where r.dossierCode = :code", PaymentRequest.class)
                .setParameter("code", dossierCode)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PaymentRequest> lockByDossierCode(String dossierCode) {
        return em.createQuery("select r from PaymentRequest r where r.dossierCode = :code", PaymentRequest.class)
                .setParameter("code", dossierCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PaymentRequest> findByTxnRef(String txnRef) {
        return em.createQuery("select r from PaymentRequest r where r.txnRef = :ref", PaymentRequest.class)
                .setParameter("ref", txnRef)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PaymentRequest> lockById(long id) {
        return Optional.ofNullable(em.find(PaymentRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<PaymentRequest> lockByTxnRef(String txnRef) {
        return em.createQuery("select r from PaymentRequest r where r.txnRef = :ref", PaymentRequest.class)
                .setParameter("ref", txnRef)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<PaymentRequest> awaitingWithTransactionStartedBefore(Instant startedBefore, int limit) {
        return em.createQuery("""
                        select r from PaymentRequest r where r.status = :awaiting and r.txnStartedAt < :before
                        order by r.id""", PaymentRequest.class)
                .setParameter("awaiting", PaymentStatus.AWAITING)
                .setParameter("before", startedBefore)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<PaymentRequest> awaitingExpiredAt(Instant now, int limit) {
        return em.createQuery("""
                        select r from PaymentRequest r where r.status = :awaiting and r.expiresAt <= :now
                        order by r.id""", PaymentRequest.class)
                .setParameter("awaiting", PaymentStatus.AWAITING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }
}
