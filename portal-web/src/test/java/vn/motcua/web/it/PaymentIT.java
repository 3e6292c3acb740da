package vn.motcua.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.payment.application.PaymentSettlement;
import vn.motcua.payment.domain.PaymentRequestRepository;

/**
 * Acceptance 4 over HTTP in the running application (the sandbox gateway is on with the demo): a citizen files the
 * full-online temporary residence registration (1.004194, 7.000 đồng online), goes from the payment page to the
 * sandbox gateway, pays there with the notification deliberately lost, and is told the payment awaits confirmation;
 * the reconciliation settles it from the gateway's querydr, after which the payment page, the dossier's history and
 * the e-receipt agree.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWar().addClasses(Deployments.class, DemoActors.class, PortalHttp.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    DemoActors actors;

    @Inject
    DossierFiling filing;

    @Inject
    DossierQueries queries;

    @Inject
    PaymentRequestRepository requests;

    @Inject
    PaymentSettlement settlement;

    @Inject
    Clock clock;

    @Test
    void aPaymentWhoseNotificationWasLostIsSettledByReconciliation() throws Exception {
        String code = filing.fileOnline(actors.get(DemoActors.CITIZEN), new FilingRequest("1.004194",
                DemoActors.COMMUNE, "Nguyễn Văn An", "079201001234", "0912345678", null, Map.of())).value();
        HttpClient http = PortalHttp.signedIn(base, DemoActors.CITIZEN);

        HttpResponse<String> page = get(http, base + "citizen/payment.xhtml?code=" + code);
        assertThat(page.body()).contains("7.000", "Thanh toán trực tuyến");
        HttpResponse<String> toGateway = post(http, base + "citizen/payment.xhtml?code=" + code,
                "payForm=payForm&payForm%3Apay=x&jakarta.faces.ViewState=" + viewState(page.body()));
        String gatewayUrl = toGateway.headers().firstValue("Location").orElseThrow();
        assertThat(gatewayUrl).contains("/sandbox/gateway/pay.xhtml?", "vnp_Amount=700000", "vnp_SecureHash=");

        HttpResponse<String> gateway = get(http, gatewayUrl);
        assertThat(gateway.body()).contains("MÔI TRƯỜNG THỬ NGHIỆM", "7.000");
        HttpResponse<String> paid = post(http, base + "sandbox/gateway/pay.xhtml",
                "sandboxPay=sandboxPay&sandboxPay%3AdropIpn=on&sandboxPay%3Apay=x&jakarta.faces.ViewState="
                        + viewState(gateway.body()));
        String returnUrl = paid.headers().firstValue("Location").orElseThrow();
        assertThat(get(http, returnUrl).body()).contains("id=\"paymentPending\"");
        assertThat(get(http, base + "citizen/payment.xhtml?code=" + code).body()).contains("Chờ thanh toán");

        long id = requests.findByDossierCode(code).orElseThrow().getId();
        assertThat(settlement.reconcile(id, clock.instant())).isEqualTo(PaymentSettlement.Reconciled.SETTLED);

        assertThat(get(http, returnUrl).body()).contains("id=\"paymentConfirmed\"");
        assertThat(get(http, base + "citizen/payment.xhtml?code=" + code).body())
                .contains("Đã thanh toán", "Tải biên lai điện tử");
        assertThat(queries.dossier(actors.get(DemoActors.CITIZEN), code).history())
                .extracting(vn.motcua.dossier.application.DossierView.HistoryView::action).contains("FEE_PAID");
        HttpResponse<byte[]> receipt = http.send(HttpRequest.newBuilder(
                URI.create(base + "api/v1/payments/" + code + "/receipt.pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).hasValue("application/pdf");

        // The notification arrives late after all: already confirmed.
        HttpResponse<String> late = get(HttpClient.newHttpClient(), base + "api/v1/payments/vnpay/ipn?"
                + returnUrl.substring(returnUrl.indexOf('?') + 1));
        assertThat(late.body()).isEqualTo("{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        assertThat(m.find()).as("the form's view state").isTrue();
        return URLEncoder.encode(m.group(1).replace("&#58;", ":").replace("&amp;", "&"), StandardCharsets.UTF_8);
    }
}
