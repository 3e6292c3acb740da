package vn.motcua.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.identity.Actor;
import vn.motcua.payment.application.IpnAnswer;
import vn.motcua.payment.application.PaymentView;
import vn.motcua.payment.application.Payments;

/**
 * Fees paid online: a dossier's payment request and its electronic receipt for its applicant and the officials of
 * its receiving unit, and the payment gateway's server-to-server notification (IPN, VNPAY 2.1.0: GET with the signed
 * fields in the query, or a POSTed form), answered {@code {"RspCode":"00","Message":"Confirm Success"}} and the like.
 * The notification needs no sign-in: its signature is its authentication.
 */
@Path("v1/payments")
@RequestScoped
public class PaymentResource {

    private static final Logger LOG = Logger.getLogger(PaymentResource.class.getName());

    @Inject
    Payments payments;

    @Inject
    Actor actor;

    @GET
    @Path("vnpay/ipn")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "The payment gateway's notification of a transaction (VNPAY IPN), signed with HMAC-SHA512")
    public String ipn(@Context UriInfo uri) {
        return answer(single(uri.getQueryParameters()));
    }

    @POST
    @Path("vnpay/ipn")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "The payment gateway's notification of a transaction, as a posted form")
    public String ipnForm(MultivaluedMap<String, String> form) {
        return answer(single(form));
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The payment request of a dossier: fees, total, status, receipt")
    public PaymentView request(@PathParam("code") String code) {
        return payments.requestFor(actor, code)
                .orElseThrow(() -> new vn.motcua.dossier.application.NotFoundException("Hồ sơ " + code
                        + " không có khoản phí, lệ phí nào"));
    }

    @GET
    @Path("{code}/receipt.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The electronic receipt (biên lai điện tử) of the fees of a dossier paid online, as a PDF")
    public Response receipt(@PathParam("code") String code) {
        var pdf = payments.receiptPdf(actor, code);
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("Content-Length", pdf.content().length)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private String answer(Map<String, String> fields) {
        IpnAnswer answer;
        try {
            answer = payments.settle(fields);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "payment notification for " + fields.get("vnp_TxnRef") + " failed", e);
            answer = IpnAnswer.OTHER;
        }
        return Json.createObjectBuilder().add("RspCode", answer.rspCode()).add("Message", answer.message()).build()
                .toString();
    }

    private static Map<String, String> single(MultivaluedMap<String, String> values) {
        Map<String, String> fields = new HashMap<>();
        values.forEach((name, list) -> {
            if (!list.isEmpty()) {
                fields.put(name, list.get(0));
            }
        });
        return fields;
    }
}
