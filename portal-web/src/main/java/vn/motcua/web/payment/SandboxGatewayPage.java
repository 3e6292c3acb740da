package vn.motcua.web.payment;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.payment.application.PaymentSettings;
import vn.motcua.payment.sandbox.SandboxGateway;

/**
 * The sandbox gateway's payment page (a pretend bank): shows the verified order, and on "Thanh toán" or "Hủy giao
 * dịch" records the answer, calls the portal's IPN server to server (unless the tester chose to lose it) and sends
 * the browser to the signed return address. 404 while {@code motcua.payment.sandbox} is off.
 */
@Named
@ViewScoped
public class SandboxGatewayPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SandboxGatewayPage.class.getName());
    static final String IPN_PATH = "/api/v1/payments/vnpay/ipn";

    @Inject
    transient SandboxGateway sandbox;

    @Inject
    transient PaymentSettings settings;

    private HashMap<String, String> fields;
    private SandboxGateway.Order order;
    private boolean dropIpn;

    public void load() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (!settings.sandbox()) {
            context.responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        if (fields == null) {
            fields = new HashMap<>(Requests.gatewayFields(context));
            order = sandbox.order(fields).orElse(null);
        }
    }

    public void pay() throws IOException {
        finish(true);
    }

    public void cancel() throws IOException {
        finish(false);
    }

    private void finish(boolean pay) throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (order == null) {
            return;
        }
        SandboxGateway.Completion done = sandbox.complete(fields, pay, dropIpn);
        if (!done.ipnDropped()) {
            notifyMerchant(Requests.portalBase(context) + IPN_PATH + "?" + done.signedFields());
        }
        context.redirect(done.returnUrl());
    }

    /** The server-to-server notification, as the gateway sends it (GET); its answer is only logged. */
    private static void notifyMerchant(String url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            LOG.info(() -> "sandbox gateway: IPN answered " + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "sandbox gateway: IPN failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public SandboxGateway.Order getOrder() {
        return order;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public boolean isDropIpn() {
        return dropIpn;
    }

    public void setDropIpn(boolean dropIpn) {
        this.dropIpn = dropIpn;
    }
}
