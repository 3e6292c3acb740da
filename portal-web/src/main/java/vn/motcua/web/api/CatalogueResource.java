package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "The catalogue with every version, as JSON (format motcua-catalogue/1)",
            description = "Public, no credentials: every procedure with all its versions, components, fees and "
                    + "processing times, in the exchange format of docs/catalogue-format.md.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "catalogue", value = ApiExamples.CATALOGUE_JSON)))
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public Response exportJson() {
        return download(ExchangeFormat.JSON);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "The catalogue with every version, as CSV",
            description = "Public, no credentials: the same catalogue as export.json, one line per component.")
    @APIResponse(responseCode = "200", description = "The catalogue",
            content = @Content(mediaType = "text/csv",
                    examples = @ExampleObject(name = "catalogue", value = ApiExamples.CATALOGUE_CSV)))
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
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
