package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierHistoryEntry;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.payment.application.IpnAnswer;
import vn.motcua.payment.application.PaymentReturn;
import vn.motcua.payment.application.PaymentView;
import vn.motcua.payment.infrastructure.Vnpay;
import vn.motcua.payment.sandbox.SandboxGateway;

/**
 * Online payment end to end on H2 without a container: the citizen pays in the sandbox gateway; its notification is
 * lost; the reconciliation job asks the gateway and settles the payment, after which the request, the dossier and its
 * process agree. A second notification, a notification with another amount and a cancelled payment change nothing
 * they should not.
 */
class PaymentReconciliationTest {

    private PaymentFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = new PaymentFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private PaymentView request(String code) {
        return fx.tx(() -> fx.payments.requestFor(fx.citizen(), code)).orElseThrow();
    }

    private Map<String, String> payInSandbox(String code, boolean dropIpn) {
        Map<String, String> order = fx.goToGateway(code);
        SandboxGateway.Completion done = fx.tx(() -> fx.sandbox.complete(order, true, dropIpn));
        return PaymentFixture.fieldsOf(done.returnUrl());
    }

    @Test
    void theRequestIsBuiltFromTheOnlineFeesOfTheProcedureVersion() {
        String code = fx.file(false, null);

        PaymentView view = request(code);
        assertThat(view.lines()).extracting(PaymentView.Line::kind, PaymentView.Line::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LE_PHI", 7000L),
                        org.assertj.core.groups.Tuple.tuple("PHI", 5000L));
        assertThat(view.total()).isEqualTo(12000);
        assertThat(view.timing()).isEqualTo("BEFORE");
        assertThat(view.status()).isEqualTo("AWAITING");
        assertThat(view.payableOnline()).isTrue();
    }

    @Test
    void aDeclaredExemptionZeroesTheFeeWhoseExemptionTheLawNamesAndRecordsTheGround() {
        String code = fx.file(false, "Trẻ em");

        PaymentView view = request(code);
        assertThat(view.lines().get(0).amount()).isZero();
        assertThat(view.lines().get(0).amountDue()).isEqualTo(7000);
        assertThat(view.lines().get(0).exemptionGround()).isEqualTo("Trẻ em");
        assertThat(view.lines().get(1).amount()).isEqualTo(5000);
        assertThat(view.total()).isEqualTo(5000);
    }

    @Test
    void aLostNotificationIsSettledByReconciliationAndTheDossierAndPaymentAgree() throws IOException {
        String code = fx.file(true, null);
        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);

        Map<String, String> returned = payInSandbox(code, true);

        PaymentReturn back = fx.tx(() -> fx.payments.returned(returned));
        assertThat(back.pending()).as("paid at the gateway, not yet confirmed here").isTrue();
        assertThat(request(code).status()).isEqualTo("AWAITING");
        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);

        fx.clock.setTo(fx.clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(fx.runJob()).as("too early to ask the gateway").contains("0 settled");

        fx.clock.setTo(fx.clock.instant().plus(Duration.ofMinutes(6)));
        assertThat(fx.runJob()).contains("1 settled");

        PaymentView paid = request(code);
        assertThat(paid.status()).isEqualTo("PAID");
        assertThat(paid.gatewayTransactionNo()).isEqualTo(returned.get("vnp_TransactionNo"));
        assertThat(paid.receiptNumber()).isEqualTo("MC26E 0000001");
        Dossier dossier = fx.dossier(code);
        assertThat(dossier.getStatus()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.getHistory()).extracting(DossierHistoryEntry::getAction).endsWith("FEE_PAID");
        assertThat(fx.openSteps(code)).containsExactly("unitHeadAssigns");
        assertThat(fx.tx(() -> fx.payments.returned(returned)).settled()).isTrue();

        // The notification arrives late after all: already confirmed, nothing changes.
        int historySize = dossier.getHistory().size();
        assertThat(fx.tx(() -> fx.settlement.settle(returned))).isEqualTo(IpnAnswer.ALREADY_CONFIRMED);
        assertThat(fx.dossier(code).getHistory()).hasSize(historySize);
        assertThat(request(code).receiptNumber()).isEqualTo("MC26E 0000001");
        assertThat(fx.openSteps(code)).containsExactly("unitHeadAssigns");

        String unitName = fx.dossier(code).getReceivingUnit().getName();
        byte[] pdf = fx.tx(() -> fx.payments.receiptPdf(fx.citizen(), code)).content();
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("BIÊN LAI ĐIỆN TỬ THU PHÍ, LỆ PHÍ", "MC26E", "0000001", "Nguyễn Văn An", code,
                "Tên đơn vị thu: " + unitName,
                "Lệ phí đăng ký tạm trú", "12.000", "Mười hai nghìn đồng", returned.get("vnp_TransactionNo"));
    }

    @Test
    void aDeliveredNotificationSettlesAtOnceAndASecondOneIsANoOp() {
        String code = fx.file(true, null);
        Map<String, String> notification = payInSandbox(code, false);

        assertThat(fx.tx(() -> fx.settlement.settle(notification))).isEqualTo(IpnAnswer.CONFIRMED);
        assertThat(request(code).status()).isEqualTo("PAID");
        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.RECEIVED);
        int changes = fx.changes.size();

        assertThat(fx.tx(() -> fx.settlement.settle(notification))).isEqualTo(IpnAnswer.ALREADY_CONFIRMED);
        assertThat(fx.changes).hasSize(changes);
        assertThat(request(code).receiptNumber()).isEqualTo("MC26E 0000001");
        assertThat(fx.runJob()).contains("Checked 0 payment requests");
    }

    @Test
    void aNotificationWithAnotherAmountOrABrokenSignatureIsRefusedAndChangesNothing() {
        String code = fx.file(true, null);
        Map<String, String> notification = payInSandbox(code, true);

        Map<String, String> otherAmount = new HashMap<>(notification);
        otherAmount.put("vnp_Amount", "100000");
        otherAmount.put("vnp_SecureHash", Vnpay.hmacSha512(fx.settings.hashSecret(), Vnpay.hashData(otherAmount)));
        assertThat(fx.tx(() -> fx.settlement.settle(otherAmount))).isEqualTo(IpnAnswer.INVALID_AMOUNT);

        Map<String, String> tampered = new HashMap<>(notification);
        tampered.put("vnp_TransactionNo", "99999999");
        assertThat(fx.tx(() -> fx.settlement.settle(tampered))).isEqualTo(IpnAnswer.INVALID_SIGNATURE);

        Map<String, String> unknown = new HashMap<>(notification);
        unknown.put("vnp_TxnRef", "MC999T1");
        unknown.put("vnp_SecureHash", Vnpay.hmacSha512(fx.settings.hashSecret(), Vnpay.hashData(unknown)));
        assertThat(fx.tx(() -> fx.settlement.settle(unknown))).isEqualTo(IpnAnswer.ORDER_NOT_FOUND);

        assertThat(request(code).status()).isEqualTo("AWAITING");
        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);
        assertThat(fx.openSteps(code)).isEmpty();
    }

    @Test
    void aCancelledPaymentLeavesTheRequestAwaitingAndSaysSo() {
        String code = fx.file(true, null);
        Map<String, String> order = fx.goToGateway(code);
        Map<String, String> notification = PaymentFixture.fieldsOf(
                fx.tx(() -> fx.sandbox.complete(order, false, false)).returnUrl());

        assertThat(fx.tx(() -> fx.settlement.settle(notification))).isEqualTo(IpnAnswer.CONFIRMED);
        PaymentView view = request(code);
        assertThat(view.status()).isEqualTo("AWAITING");
        assertThat(view.lastAttemptFailed()).isTrue();
        assertThat(view.lastResponseCode()).isEqualTo(SandboxGateway.CANCELLED);
        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);
        assertThat(fx.tx(() -> fx.payments.returned(notification)).gatewayPaid()).isFalse();

        // The citizen tries again, with a new transaction, and pays.
        Map<String, String> paid = payInSandbox(code, false);
        assertThat(paid.get("vnp_TxnRef")).isNotEqualTo(notification.get("vnp_TxnRef"));
        assertThat(fx.tx(() -> fx.settlement.settle(paid))).isEqualTo(IpnAnswer.CONFIRMED);
        assertThat(request(code).status()).isEqualTo("PAID");
    }

    @Test
    void paidBeforeTheDeskAcceptsTheAcceptanceDoesNotWaitForPayment() {
        String code = fx.file(false, null);
        Map<String, String> notification = payInSandbox(code, false);
        assertThat(fx.tx(() -> fx.settlement.settle(notification))).isEqualTo(IpnAnswer.CONFIRMED);
        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(fx.dossier(code).getHistory()).extracting(DossierHistoryEntry::getAction).endsWith("FEE_PAID");

        assertThat(fx.tx(() -> fx.payments.paymentDueAtAcceptance(fx.dossiers.findByCode(
                new vn.motcua.dossier.domain.DossierCode(code)).orElseThrow(), fx.clock.instant()))).isEmpty();

        String unpaid = fx.file(false, null);
        java.time.Instant acceptedAt = fx.clock.instant();
        assertThat(fx.tx(() -> fx.payments.paymentDueAtAcceptance(fx.dossiers.findByCode(
                        new vn.motcua.dossier.domain.DossierCode(unpaid)).orElseThrow(), acceptedAt)))
                .contains(acceptedAt.plus(Duration.ofDays(5)));
    }

    @Test
    void anUnpaidRequestExpiresAndCanNoLongerBePaid() {
        String code = fx.file(false, null);
        fx.clock.setTo(fx.clock.instant().plus(Duration.ofDays(5)));

        assertThat(fx.runJob()).contains("1 expired");
        assertThat(request(code).status()).isEqualTo("UNPAID");
        assertThatThrownBy(() -> fx.goToGateway(code)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theDeskAcceptingAnUnpaidOneStopDossierMakesItWaitUntilThePaymentIsSettled() {
        String code = fx.fileOneStop();
        fx.accept(code);

        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.AWAITING_FINANCIAL_OBLIGATION);
        assertThat(fx.dossier(code).getNationalStatus()).isEqualTo(6);
        assertThat(fx.openSteps(code)).isEmpty();

        Map<String, String> notification = payInSandbox(code, false);
        assertThat(fx.tx(() -> fx.settlement.settle(notification))).isEqualTo(IpnAnswer.CONFIRMED);

        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(request(code).status()).isEqualTo("PAID");
        assertThat(fx.openSteps(code)).containsExactly("unitHeadAssigns");
    }

    @Test
    void aOneStopDossierPaidBeforeTheDeskAcceptsGoesStraightOnToProcessing() {
        String code = fx.fileOneStop();
        Map<String, String> notification = payInSandbox(code, false);
        assertThat(fx.tx(() -> fx.settlement.settle(notification))).isEqualTo(IpnAnswer.CONFIRMED);

        fx.accept(code);

        assertThat(fx.dossier(code).getStatus()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(fx.openSteps(code)).containsExactly("unitHeadAssigns");
    }
}
