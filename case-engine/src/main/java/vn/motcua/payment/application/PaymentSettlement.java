package vn.motcua.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.dossier.application.DossierEvents;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.Actor;
import vn.motcua.payment.domain.PaymentRequest;
import vn.motcua.payment.domain.PaymentRequestRepository;
import vn.motcua.payment.infrastructure.PaymentReceiptNumbers;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.workflow.ProcessContract.Messages;
import vn.motcua.workflow.WorkflowGateway;

/**
 * Paid and registered never disagree: one transaction, holding the payment request's row lock, marks the request
 * paid with the gateway's reference and the e-receipt's number, records the payment on the dossier (a dossier
 * waiting for it goes on to processing) and delivers {@code paymentReceived} to its process when the process waits
 * for it. The gateway's notification and the reconciliation's query both settle through here; a second confirmation
 * of the same payment changes nothing.
 */
@ApplicationScoped
public class PaymentSettlement {

    private static final Logger LOG = Logger.getLogger(PaymentSettlement.class.getName());

    /** What reconciling one request did. */
    public enum Reconciled {
        SETTLED, EXPIRED, STILL_AWAITING, ALREADY_DONE
    }

    @Inject
    PaymentRequestRepository requests;

    @Inject
    DossierRepository dossiers;

    @Inject
    PaymentGateway gateway;

    @Inject
    PaymentReceiptNumbers numbers;

    @Inject
    WorkflowGateway workflow;

    @Inject
    DossierEvents events;

    @Inject
    Clock clock;

    /**
     * Settles the gateway's signed notification (IPN), answering as VNPAY expects: 97 when the signature does not
     * hold, 01 for an unknown transaction, 04 when the amount is not the request's, 02 when the request was already
     * settled, else 00 — after marking it paid, or after recording a failed or cancelled payment (the request then
     * still awaits payment). Nothing changes unless the answer is 00.
     */
    @Transactional
    public IpnAnswer settle(Map<String, String> notification) {
        Optional<PaymentGateway.Outcome> verified = gateway.verify(notification);
        if (verified.isEmpty()) {
            LOG.warning(() -> "payment notification refused: invalid signature (txn "
                    + notification.get("vnp_TxnRef") + ")");
            return IpnAnswer.INVALID_SIGNATURE;
        }
        PaymentGateway.Outcome outcome = verified.get();
        Optional<PaymentRequest> found = outcome.txnRef() == null ? Optional.empty()
                : requests.lockByTxnRef(outcome.txnRef());
        if (found.isEmpty()) {
            return IpnAnswer.ORDER_NOT_FOUND;
        }
        PaymentRequest request = found.get();
        if (!request.asksFor(outcome.amount())) {
            LOG.warning(() -> "payment notification refused: amount " + outcome.amount() + " for dossier "
                    + request.getDossierCode() + " which asks for " + request.getTotal());
            return IpnAnswer.INVALID_AMOUNT;
        }
        if (!request.awaitsPayment()) {
            return IpnAnswer.ALREADY_CONFIRMED;
        }
        if (outcome.paid()) {
            confirm(request, outcome, "notification");
        } else {
            request.transactionFailed(outcome.responseCode());
            LOG.info(() -> "Dossier " + request.getDossierCode() + ": payment transaction " + outcome.txnRef()
                    + " failed with " + outcome.responseCode());
        }
        return IpnAnswer.CONFIRMED;
    }

    /**
     * Reconciles one awaiting request in a transaction of its own: asks the gateway about its latest transaction and
     * settles it when paid (its notification was lost); expires it when its time is over and it was not paid.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Reconciled reconcile(long requestId, Instant now) {
        Optional<PaymentRequest> found = requests.lockById(requestId).filter(PaymentRequest::awaitsPayment);
        if (found.isEmpty()) {
            return Reconciled.ALREADY_DONE;
        }
        PaymentRequest request = found.get();
        if (request.getTxnRef() != null) {
            Optional<PaymentGateway.Outcome> outcome = gateway.query(request.getTxnRef(), request.getTxnStartedAt(),
                    Payments.orderInfo(request.getDossierCode()));
            if (outcome.isPresent() && outcome.get().paid()) {
                if (!request.asksFor(outcome.get().amount())) {
                    throw new IllegalStateException("gateway reports " + outcome.get().amount() + " paid for dossier "
                            + request.getDossierCode() + " which asks for " + request.getTotal());
                }
                confirm(request, outcome.get(), "reconciliation");
                return Reconciled.SETTLED;
            }
            outcome.ifPresent(o -> request.transactionFailed(o.transactionStatus()));
        }
        if (!now.isBefore(request.getExpiresAt())) {
            request.expire();
            LOG.info(() -> "Dossier " + request.getDossierCode() + ": payment request expired unpaid");
            return Reconciled.EXPIRED;
        }
        return Reconciled.STILL_AWAITING;
    }

    private void confirm(PaymentRequest request, PaymentGateway.Outcome outcome, String by) {
        Instant paidAt = outcome.payDate() == null ? clock.instant() : outcome.payDate();
        int year = BusinessTime.dateOf(paidAt).getYear();
        request.confirmPaid(outcome.transactionNo(), outcome.bankCode(), paidAt, year,
                numbers.next(request.getAgencyCode(), year));
        Dossier dossier = dossiers.findById(request.getDossierId())
                .orElseThrow(() -> new IllegalStateException("no dossier #" + request.getDossierId()));
        String process = dossier.getProcessInstanceId();
        boolean waiting = process != null && workflow.waitsFor(process, Messages.PAYMENT_RECEIVED);
        dossier.feePaid("system", clock.instant(), "Biên lai điện tử " + request.receiptSeries() + " số "
                + request.printedReceiptNumber() + ", " + request.getTotal() + " đồng, giao dịch "
                + outcome.transactionNo());
        if (waiting) {
            workflow.deliver(process, Messages.PAYMENT_RECEIVED, Map.of());
        }
        events.announce(dossier, Actor.SYSTEM);
        LOG.info(() -> "Dossier " + request.getDossierCode() + ": fees paid, transaction " + outcome.transactionNo()
                + ", settled by " + by + (waiting ? ", process resumed" : ""));
    }
}
