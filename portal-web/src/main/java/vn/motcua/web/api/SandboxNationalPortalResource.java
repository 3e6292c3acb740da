package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.integration.sandbox.FakeNationalPortal;
import vn.motcua.integration.sandbox.SandboxNationalPortal;

/**
 * The demo's fake national public-service portal (DVCQG): the login and service endpoints the national-portal sync
 * talks to, only while {@code motcua.dvcqg.sandbox} is on (by default in the demo); 404 otherwise. Not part of the
 * published API.
 */
@Path("sandbox/dvcqg")
@RequestScoped
public class SandboxNationalPortalResource {

    @Inject
    SandboxNationalPortal sandbox;

    @POST
    @Path("login")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response login(@HeaderParam("dstcode") String dstcode, String body) {
        return answer(portal().login(dstcode, body));
    }

    @POST
    @Path("service")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response service(@HeaderParam("session") String session,
                            @HeaderParam("X-Idempotency-Key") String idempotencyKey, String body) {
        return answer(portal().service(session, idempotencyKey, body));
    }

    private FakeNationalPortal portal() {
        if (!sandbox.enabled()) {
            throw new NotFoundException();
        }
        return sandbox.portal();
    }

    private static Response answer(FakeNationalPortal.Reply reply) {
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Response.status(reply.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(reply.body()).build();
    }
}
