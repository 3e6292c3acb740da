package vn.motcua.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.identity.Actor;

/** A dossier for its applicant or for officials of its units (403 for anybody else). */
@Path("v1/dossiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    @Inject
    DossierQueries queries;

    @Inject
    Actor actor;

    @GET
    @Path("{code}")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "A dossier with its history and open steps")
    public DossierView one(@PathParam("code") String code) {
        return queries.dossier(actor, code);
    }
}
