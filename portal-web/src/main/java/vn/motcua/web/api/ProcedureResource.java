package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.dossier.application.NotFoundException;

/** The procedure catalogue, as it stands today. */
@Path("v1/procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    @Inject
    Catalog catalog;

    @GET
    @Operation(summary = "Procedures in force today")
    public List<ProcedureSummary> list() {
        return catalog.proceduresInForce();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One procedure in its version in force today")
    public ProcedureSummary one(@PathParam("code") String code) {
        return catalog.summaryInForce(code).orElseThrow(() -> new NotFoundException("no procedure " + code));
    }
}
