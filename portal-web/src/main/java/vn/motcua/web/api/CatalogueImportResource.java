package vn.motcua.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogueImportRejected;
import vn.motcua.catalog.ExchangeFormat;
import vn.motcua.catalog.ImportReport;
import vn.motcua.catalog.exchange.ImportProblem;
import vn.motcua.identity.Actor;

/** Administrators import a catalogue file (docs/catalogue-format.md): all of it or nothing. */
@Path("admin/catalogue")
@RequestScoped
public class CatalogueImportResource {

    @Inject
    CatalogAdministration administration;

    @Inject
    Actor actor;

    @Inject
    vn.motcua.documents.application.DocumentStore documents;

    /** Which stored document is a component's template. */
    public record TemplateAttachment(long documentId) {
    }

    @jakarta.ws.rs.PUT
    @Path("procedures/{code}/versions/{version}/components/{position}/template")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "Attach a stored document (POST /api/v1/documents, purpose working-file) as a form template")
    public Response attachTemplate(@jakarta.ws.rs.PathParam("code") String code,
                                   @jakarta.ws.rs.PathParam("version") int version,
                                   @jakarta.ws.rs.PathParam("position") int position, TemplateAttachment body) {
        if (body == null) {
            throw new IllegalArgumentException("Thiếu documentId của tệp mẫu");
        }
        documents.describe(actor, body.documentId());
        try {
            administration.attachTemplate(actor, code, version, position, body.documentId());
        } catch (CatalogueImportRejected e) {
            return rejected(e);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("import")
    @RolesAllowed("ADMIN")
    @Consumes({MediaType.APPLICATION_JSON, "text/csv"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "Import a catalogue file: all of it or nothing; 422 lists every bad line or element")
    public Response importFile(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        ExchangeFormat format = contentType != null && contentType.toLowerCase().startsWith("text/csv")
                ? ExchangeFormat.CSV : ExchangeFormat.JSON;
        try {
            ImportReport report = administration.importFile(actor, content, format);
            return Response.ok(report).build();
        } catch (CatalogueImportRejected e) {
            return rejected(e);
        }
    }

    /** 422 with every problem: where (line or JSON pointer) and why. */
    private static Response rejected(CatalogueImportRejected e) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ImportProblem problem : e.problems()) {
            errors.add(Json.createObjectBuilder().add("location", problem.location())
                    .add("message", problem.message()));
        }
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Danh mục không hợp lệ; không có gì được lưu")
                .add("status", 422)
                .add("detail", e.problems().size() + " lỗi, đầu tiên: " + e.problems().get(0))
                .add("errors", errors)
                .build().toString()).build();
    }
}
