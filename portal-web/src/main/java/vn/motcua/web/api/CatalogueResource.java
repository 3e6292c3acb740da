package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.ExchangeFormat;

/** The whole catalogue as a file (docs/catalogue-format.md), for anybody: the catalogue is public information. */
@Path("v1/catalogue")
@RequestScoped
public class CatalogueResource {

    @Inject
    CatalogAdministration administration;

    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The catalogue with every version, as JSON (format motcua-catalogue/1)")
    public Response exportJson() {
        return download(ExchangeFormat.JSON);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The catalogue with every version, as CSV")
    public Response exportCsv() {
        return download(ExchangeFormat.CSV);
    }

    private Response download(ExchangeFormat format) {
        return Response.ok(administration.export(format))
                .type(format.mediaType() + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"catalogue." + format.extension() + "\"")
                .build();
    }
}
