package vn.motcua.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.identity.Actor;
import vn.motcua.identity.ApiKeys;

/**
 * Administrators issue, list and revoke partner systems' API keys (signed in to the portal as an administrator).
 * The secret of a key is in the answer to its issue only; it cannot be read again.
 */
@Path("admin/api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeyAdminResource {

    /** A key to issue: the partner system, its scopes, and optionally its own requests per rate-limit window. */
    public record NewKey(String partnerName, List<String> scopes, Integer rateLimit) {
    }

    @Inject
    ApiKeys keys;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(hidden = true)
    public List<ApiKeys.ApiKeyView> list() {
        return keys.list(actor);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response issue(NewKey body) {
        if (body == null) {
            throw new IllegalArgumentException("Thiếu nội dung: partnerName, scopes, rateLimit");
        }
        ApiKeys.Issued issued = keys.issue(actor, body.partnerName(),
                body.scopes() == null ? null : new LinkedHashSet<>(body.scopes()), body.rateLimit());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.key().id())).build())
                .header("Cache-Control", "no-store").entity(issued).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @Operation(hidden = true)
    public ApiKeys.ApiKeyView revoke(@PathParam("id") long id) {
        return keys.revoke(actor, id);
    }
}
