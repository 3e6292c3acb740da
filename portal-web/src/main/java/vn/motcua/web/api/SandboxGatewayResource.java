package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.payment.application.PaymentSettings;
import vn.motcua.payment.sandbox.SandboxGateway;

/**
 * The sandbox gateway's querydr API (VNPAY 2.1.0: a signed JSON request, a signed JSON answer), only while
 * {@code motcua.payment.sandbox} is on; 404 otherwise.
 */
@Path("v1/sandbox/gateway")
@RequestScoped
public class SandboxGatewayResource {

    @Inject
    SandboxGateway sandbox;

    @Inject
    PaymentSettings settings;

    @POST
    @Path("querydr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "Sandbox payment gateway: query a transaction (querydr), for reconciliation tests")
    public String querydr(String request) {
        if (!settings.sandbox()) {
            throw new NotFoundException();
        }
        return sandbox.querydr(request);
    }
}
