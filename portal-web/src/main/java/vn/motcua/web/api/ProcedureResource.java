package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogQuery;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureDetail;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.ResultPage;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.organization.UnitLevel;

/** The procedure catalogue: search, and one procedure in the version in force on a date. */
@Path("v1/procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

    @Inject
    Catalog catalog;

    @GET
    @Operation(summary = "Search procedures in force on a date (today by default)",
            description = "Keywords match the code, name and field with or without Vietnamese diacritics: "
                    + "q=dang ky ket hon and q=đăng ký kết hôn find the same procedures, exact names first. "
                    + "Public, no credentials.")
    @APIResponse(responseCode = "200", description = "One page of procedures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "procedures", value = ApiExamples.PROCEDURE_PAGE)))
    @APIResponse(responseCode = "400", ref = "badRequest")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public ResultPage<ProcedureSummary> search(
            @QueryParam("q") @Parameter(example = "dang ky ket hon") String q,
            @QueryParam("field") @Parameter(example = "Hộ tịch") String field,
            @QueryParam("level") @Parameter(description = "PROVINCE, DISTRICT or COMMUNE", example = "COMMUNE")
            String level,
            @QueryParam("onlineLevel") @Parameter(description = "FULL_ONLINE, PARTIAL_ONLINE or INFORMATION_ONLY",
                    example = "FULL_ONLINE")
            String onlineLevel,
            @QueryParam("at") @Parameter(example = "2025-06-30") String at,
            @QueryParam("page") @DefaultValue("0") @Parameter(example = "0") int page,
            @QueryParam("size") @DefaultValue("20") @Parameter(example = "20") int size) {
        return catalog.search(new CatalogQuery(q, field, Params.choice("level", level, UnitLevel.class),
                Params.choice("onlineLevel", onlineLevel, OnlineLevel.class), Params.date("at", at), page, size));
    }

    @Inject
    vn.motcua.catalog.CatalogAdministration administration;

    @Inject
    vn.motcua.documents.application.DocumentStore documents;

    @GET
    @Path("{code}/versions/{version}/components/{position}/template")
    @Produces(MediaType.WILDCARD)
    @Operation(hidden = true, summary = "The form template of a dossier component, when the province has attached "
            + "one")
    public jakarta.ws.rs.core.Response template(@PathParam("code") String code, @PathParam("version") int version,
                                                @PathParam("position") int position) {
        long id = administration.templateDocument(code, version, position).orElseThrow(() -> new NotFoundException(
                "Thành phần hồ sơ số " + position + " của thủ tục " + code + " (phiên bản " + version
                        + ") không có mẫu đơn, tờ khai để tải về"));
        return DocumentResource.file(documents.openPublished(id));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getProcedure",
            summary = "One procedure with its version in force on a date (today by default)",
            description = "Public, no credentials: components, fees, processing time, legal basis; 404 when the "
                    + "procedure is unknown or has no version in force on the date.")
    @APIResponse(responseCode = "200", description = "The procedure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "procedure", value = ApiExamples.PROCEDURE_DETAIL)))
    @APIResponse(responseCode = "400", ref = "badRequest")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public ProcedureDetail one(@PathParam("code") @Parameter(required = true, example = ApiExamples.PROCEDURE)
                               String code,
                               @QueryParam("at") @Parameter(example = ApiExamples.DATE) String at) {
        LocalDate day = Params.date("at", at);
        return catalog.detail(code, day).orElseThrow(() -> new NotFoundException(catalog.exists(code)
                ? "Thủ tục " + code + " không có phiên bản có hiệu lực vào ngày " + (day == null ? "hôm nay" : day)
                : "Không có thủ tục mã " + code));
    }
}
