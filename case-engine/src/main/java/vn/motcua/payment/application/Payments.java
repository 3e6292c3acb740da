package vn.motcua.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.documents.rendering.AgencyNames;
import vn.motcua.documents.rendering.PaymentReceiptDocument;
import vn.motcua.documents.rendering.PdfRenderer;
import vn.motcua.dossier.application.DossierChanged;
import vn.motcua.dossier.application.LegalTimeDocuments.RenderedPdf;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.dossier.domain.Channel;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrgUnit;
import vn.motcua.payment.domain.PaymentLine;
import vn.motcua.payment.domain.PaymentRequest;
import vn.motcua.payment.domain.PaymentRequestRepository;
import vn.motcua.platform.time.BusinessTime;

/**
 * The fees of a dossier paid online: the payment request opened at filing, what the applicant and the officials of its
 * receiving unit see of it, the way to the gateway, the desk's acceptance asking whether payment is still due, and
 * the electronic receipt. Settlement lives in {@link PaymentSettlement}.
 */
@ApplicationScoped
public class Payments {

    private static final Logger LOG = Logger.getLogger(Payments.class.getName());
    /** The form field of the filing page in which an applicant declares the ground of an exemption. */
    public static final String EXEMPTION_FIELD = "feeExemption";

    @Inject
    PaymentRequestRepository requests;

    @Inject
    DossierRepository dossiers;

    @Inject
    PaymentGateway gateway;

    @Inject
    PaymentSettlement settlement;

    @Inject
    PaymentSettings settings;

    @Inject
    PdfRenderer renderer;

    @Inject
    Clock clock;

    /**
     * Opens the payment request of a dossier filed online, once (a second call returns the first request), from its
     * procedure version's fees on the online channel; the exemption ground the applicant declared in the form field
     * {@value #EXEMPTION_FIELD} zeroes every fee whose exemption the law names. Empty when the procedure has no fee.
     */
    @Transactional
    public Optional<PaymentView> openFor(Dossier dossier) {
        return openFor(dossier, declaredExemption(dossier.getFormData()));
    }

    /**
     * A dossier filed online gets its payment request in the filing's own transaction, so the confirmation can offer
     * to pay at once (a counter dossier pays at the desk, with the fee receipt).
     */
    void onFiledOnline(@Observes DossierChanged change) {
        if ("SUBMITTED".equals(change.action()) && change.from() == null) {
            dossiers.findById(change.dossierId()).filter(d -> d.getChannel() == Channel.ONLINE)
                    .ifPresent(this::openFor);
        }
    }

    /** As {@link #openFor(Dossier)} with the exemption ground given (null or blank: none declared). */
    @Transactional
    public Optional<PaymentView> openFor(Dossier dossier, String exemptionGround) {
        String code = dossier.getCode().value();
        Optional<PaymentRequest> existing = requests.findByDossierCode(code);
        if (existing.isPresent()) {
            return existing.map(r -> view(r, dossier));
        }
        List<Fee> fees = dossier.getProcedureVersion().getFees();
        if (fees.isEmpty()) {
            return Optional.empty();
        }
        boolean declared = exemptionGround != null && !exemptionGround.isBlank();
        List<PaymentLine> lines = new ArrayList<>();
        for (Fee fee : fees) {
            long amount = fee.amountFor(FilingChannel.ONLINE);
            lines.add(declared && amount > 0 && fee.exemption() != null && !fee.exemption().isBlank()
                    ? PaymentLine.exempt(fee.kind(), fee.description(), amount, exemptionGround.strip())
                    : PaymentLine.due(fee.kind(), fee.description(), amount));
        }
        Instant now = clock.instant();
        PaymentRequest request = PaymentRequest.open(dossier.getId(), code, dossier.getReceivingUnit().getCode(),
                dossier.getApplicant().getName(), lines, now, now.plus(settings.requestExpiry()));
        requests.add(request);
        LOG.info(() -> "Dossier " + code + ": payment request of " + request.getTotal() + " VND ("
                + request.getTiming() + ")");
        return Optional.of(view(request, dossier));
    }

    /**
     * The payment request of a dossier, for its applicant or an official of its receiving unit; an open online
     * dossier filed before its request was (the filing opens it) gets it now.
     */
    @Transactional
    public Optional<PaymentView> requestFor(Actor viewer, String dossierCode) {
        Dossier dossier = visibleDossier(viewer, dossierCode);
        Optional<PaymentRequest> found = requests.findByDossierCode(dossier.getCode().value());
        if (found.isEmpty() && opensLate(dossier)) {
            return openFor(dossier);
        }
        return found.map(r -> view(r, dossier));
    }

    private static boolean opensLate(Dossier dossier) {
        return dossier.getChannel() == Channel.ONLINE && !dossier.getStatus().isFinal();
    }

    /**
     * The applicant goes to the gateway to pay: a new transaction is started and the signed address returned.
     *
     * @param portalBase the address the citizen reached the portal at (scheme, host, port, context path), against
     *                   which relative gateway and return addresses are resolved
     * @throws InvalidRequestException when nothing is to be paid online, the request expired or no gateway is set up
     */
    @Transactional
    public String startOnline(Actor citizen, String dossierCode, String clientIp, String portalBase) {
        Dossier dossier = visibleDossier(citizen, dossierCode);
        if (!applicantOf(citizen, dossier)) {
            throw new AccessDeniedException("only the applicant pays the fees of dossier " + dossierCode);
        }
        if (!settings.available()) {
            throw new InvalidRequestException("Cổng thanh toán trực tuyến chưa được cấu hình; vui lòng nộp phí, lệ phí "
                    + "tại bộ phận một cửa");
        }
        PaymentRequest request = requests.lockByDossierCode(dossier.getCode().value())
                .filter(PaymentRequest::awaitsPayment)
                .orElseThrow(() -> new InvalidRequestException("Hồ sơ " + dossierCode
                        + " không có khoản phí, lệ phí nào đang chờ thanh toán"));
        Instant now = clock.instant();
        if (!now.isBefore(request.getExpiresAt())) {
            throw new InvalidRequestException("Đã hết hạn thanh toán phí, lệ phí của hồ sơ " + dossierCode);
        }
        String txnRef = request.startTransaction(now);
        Instant expires = now.plus(settings.transactionExpiry());
        PaymentGateway.Order order = new PaymentGateway.Order(txnRef, request.getTotal(), orderInfo(dossierCode),
                clientIp, now, expires.isAfter(request.getExpiresAt()) ? request.getExpiresAt() : expires,
                absolute(settings.returnUrl(), portalBase));
        LOG.info(() -> "Dossier " + dossierCode + ": payment transaction " + txnRef + " started");
        return gateway.paymentUrl(order, absolute(settings.gatewayUrl(), portalBase));
    }

    /** Settles the gateway's notification; see {@link PaymentSettlement#settle}. */
    public IpnAnswer settle(Map<String, String> notification) {
        return settlement.settle(notification);
    }

    /**
     * What the browser brought back from the gateway: verified, never settled here (only the notification or the
     * reconciliation settle), so a forged or replayed return changes nothing.
     */
    @Transactional
    public PaymentReturn returned(Map<String, String> fields) {
        return gateway.verify(fields)
                .flatMap(outcome -> requests.findByTxnRef(outcome.txnRef())
                        .map(r -> new PaymentReturn(true, outcome.paid(), outcome.responseCode(), r.getDossierCode(),
                                r.getStatus().name())))
                .orElseGet(PaymentReturn::invalid);
    }

    /**
     * Asked by the desk's acceptance of a one-stop dossier, in its transaction: when the dossier's fee is still to be
     * paid online, the time the applicant has from now (the request is locked until commit, so a settlement running
     * at the same moment waits and then finds the dossier waiting for it); empty when paid, exempt, or never asked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> paymentDueAtAcceptance(Dossier dossier, Instant now) {
        if (opensLate(dossier) && requests.findByDossierCode(dossier.getCode().value()).isEmpty()) {
            openFor(dossier);
        }
        Optional<PaymentRequest> request = requests.lockByDossierCode(dossier.getCode().value())
                .filter(r -> r.awaitsPayment() || r.getStatus() == vn.motcua.payment.domain.PaymentStatus.UNPAID);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        Instant due = now.plus(settings.requestExpiry());
        request.get().payableUntil(due);
        return Optional.of(due);
    }

    /** The electronic receipt of a paid request, for its applicant or an official of its receiving unit. */
    @Transactional
    public RenderedPdf receiptPdf(Actor viewer, String dossierCode) {
        Dossier dossier = visibleDossier(viewer, dossierCode);
        PaymentRequest request = requests.findByDossierCode(dossier.getCode().value())
                .filter(r -> r.printedReceiptNumber() != null)
                .orElseThrow(() -> new NotFoundException("Hồ sơ " + dossierCode
                        + " chưa có khoản phí, lệ phí nào được thanh toán trực tuyến nên chưa có biên lai điện tử"));
        OrgUnit unit = dossier.getReceivingUnit();
        AgencyNames.Heading heading = AgencyNames.heading(unit.getName(),
                unit.getParent() == null ? null : unit.getParent().getName());
        PaymentReceiptDocument document = new PaymentReceiptDocument(heading.parent(), heading.agency(),
                unit.getName(), AgencyNames.place(unit.getName()), BusinessTime.dateOf(request.getPaidAt()), "01BLP0-001",
                request.receiptSeries(), request.printedReceiptNumber(), dossierCode, request.getPayerName(),
                dossier.getProcedureVersion().getProcedure().getName(),
                request.getLines().stream().map(l -> new PaymentReceiptDocument.Line(
                        l.kind() == FeeKind.PHI ? "Phí" : "Lệ phí", l.description(), l.amountDue(), l.amount(),
                        l.exemptionGround())).toList(),
                request.getTotal(), LocalDateTime.ofInstant(request.getPaidAt(), BusinessTime.ZONE),
                "Trực tuyến qua cổng thanh toán (" + request.getBankCode() + ")",
                request.getGatewayTransactionNo() + " (tham chiếu " + request.getTxnRef() + ")");
        LOG.info(() -> "e-receipt " + request.receiptSeries() + " " + request.printedReceiptNumber() + " of dossier "
                + dossierCode + " printed by " + viewer.username());
        return new RenderedPdf("bien-lai-dien-tu-" + dossierCode + ".pdf",
                renderer.render(PaymentReceiptDocument.TEMPLATE, document));
    }

    private PaymentView view(PaymentRequest r, Dossier dossier) {
        return new PaymentView(r.getDossierCode(), dossier.getProcedureVersion().getProcedure().getName(),
                r.getLines().stream().map(l -> new PaymentView.Line(l.kind().name(), l.description(), l.amountDue(),
                        l.amount(), l.exemptionGround())).toList(),
                r.getTotal(), r.getTiming().name(), r.getMethod().name(), r.getStatus().name(), r.getExpiresAt(),
                r.getTxnRef(), r.getLastResponseCode(), r.getGatewayTransactionNo(), r.getPaidAt(),
                r.printedReceiptNumber() == null ? null : r.receiptSeries() + " " + r.printedReceiptNumber(),
                r.awaitsPayment() && settings.available() && clock.instant().isBefore(r.getExpiresAt()));
    }

    private Dossier visibleDossier(Actor viewer, String code) {
        Dossier dossier;
        try {
            dossier = dossiers.findByCode(new DossierCode(code))
                    .orElseThrow(() -> new NotFoundException("no dossier " + code));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no dossier " + code);
        }
        String unit = dossier.getReceivingUnit().getCode();
        boolean official = viewer.grants().stream().anyMatch(g -> g.role() != Role.CITIZEN && unit.equals(g.unitCode()));
        if (!official && !applicantOf(viewer, dossier)) {
            throw new AccessDeniedException("not allowed to see the fees of dossier " + code);
        }
        return dossier;
    }

    private static boolean applicantOf(Actor viewer, Dossier dossier) {
        return viewer.hasRole(Role.CITIZEN) && dossier.getApplicantAccountId() != null
                && dossier.getApplicantAccountId().equals(viewer.accountId());
    }

    /** The order's description for the gateway: ASCII, as the gateway requires. */
    static String orderInfo(String dossierCode) {
        return "Thanh toan phi, le phi ho so " + dossierCode;
    }

    static String absolute(String address, String portalBase) {
        if (address.startsWith("http://") || address.startsWith("https://") || portalBase == null) {
            return address;
        }
        String base = portalBase.endsWith("/") ? portalBase.substring(0, portalBase.length() - 1) : portalBase;
        return base + (address.startsWith("/") ? address : "/" + address);
    }

    private static String declaredExemption(String formData) {
        if (formData == null || formData.isBlank()) {
            return null;
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(formData))) {
            var json = reader.readObject();
            return json.containsKey(EXEMPTION_FIELD) && json.get(EXEMPTION_FIELD) instanceof jakarta.json.JsonString s
                    ? s.getString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
