package vn.motcua.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.LegalTimeDocuments;
import vn.motcua.identity.Actor;
import vn.motcua.results.ResultAccess;

/**
 * A dossier for its applicant or for officials of its units (403 for anybody else), and the documents of its legal
 * time as PDFs: the process control sheet for officials, the apology with the new appointment also for the applicant
 * (404 when the dossier was not extended).
 */
@Path("v1/dossiers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    @Inject
    DossierQueries queries;

    @Inject
    LegalTimeDocuments legalTimeDocuments;

    @Inject
    ResultAccess results;

    @Inject
    Actor actor;

    @GET
    @Path("{code}")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @RequiresScope("dossiers:read")
    @Operation(operationId = "getDossier", summary = "A dossier with its history and open steps",
            description = "For its applicant and for officials of its units (403 for anybody else): a signed-in "
                    + "session, or a bearer token with scope dossiers:read of a person whose account is linked.")
    @SecurityRequirement(name = "bearer", scopes = "dossiers:read")
    @APIResponse(responseCode = "200", description = "The dossier", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "dossier",
            value = ApiExamples.DOSSIER_VIEW)))
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public DossierView one(@PathParam("code") @Parameter(required = true, example = ApiExamples.DOSSIER) String code) {
        return queries.dossier(actor, code);
    }

    @GET
    @Path("{code}/control-sheet.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The process control sheet (form 06) of a dossier as a PDF, as it stands now")
    public Response controlSheet(@PathParam("code") String code) {
        return inline(legalTimeDocuments.controlSheet(actor, code));
    }

    @GET
    @Path("{code}/receipt.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The receipt and appointment (form 01) of an accepted dossier as a PDF, with its lookup QR code")
    public Response receipt(@PathParam("code") String code) {
        return inline(legalTimeDocuments.receipt(actor, code));
    }

    @GET
    @Path("{code}/supplement-request.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The request to complete the dossier at intake (form 02) as a PDF")
    public Response supplementRequest(@PathParam("code") String code) {
        return inline(legalTimeDocuments.supplementRequest(actor, code));
    }

    @GET
    @Path("{code}/refusal.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The refusal at intake (form 03), with its reasons, as a PDF")
    public Response refusal(@PathParam("code") String code) {
        return inline(legalTimeDocuments.refusal(actor, code));
    }

    @GET
    @Path("{code}/stop-notice.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The stop notice (form 05) of a withdrawn dossier as a PDF")
    public Response stopNotice(@PathParam("code") String code) {
        return inline(legalTimeDocuments.stopNotice(actor, code));
    }

    @GET
    @Path("{code}/apology.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The apology and new appointment (form 04) of an extended dossier as a PDF")
    public Response apology(@PathParam("code") String code) {
        return inline(legalTimeDocuments.apologyLetter(actor, code));
    }

    @GET
    @Path("{code}/result.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The signed result of a dossier: for its officials once the leader signed, for its applicant "
            + "once numbered and sealed")
    public Response result(@PathParam("code") String code) {
        ResultAccess.ResultPdf pdf = results.document(actor, code);
        return inline(new LegalTimeDocuments.RenderedPdf(pdf.fileName(), pdf.content()));
    }

    // Tracking for the applicant's apps: the public status, and the applicant's supplement, withdrawal and rating.

    @Inject
    vn.motcua.dossier.application.PublicLookup publicLookup;

    @Inject
    vn.motcua.dossier.application.CitizenSupplements supplements;

    @Inject
    vn.motcua.dossier.application.Withdrawals withdrawals;

    @Inject
    vn.motcua.dossier.application.Ratings ratings;

    @Inject
    vn.motcua.audit.application.RequestOrigin origin;

    @GET
    @Path("{code}/status")
    @Operation(summary = "Public status of a dossier by its code and the last four digits of the applicant's phone "
            + "(no sign-in; 404 for an unknown code or wrong digits alike; 429 with Retry-After after too many tries)",
            description = "Public, no credentials: where the dossier stands, without personal data.")
    @APIResponse(responseCode = "200", description = "The dossier's public timeline", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "timeline",
            value = ApiExamples.TIMELINE)))
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public Response status(@PathParam("code") @Parameter(required = true, example = ApiExamples.DOSSIER) String code,
                           @jakarta.ws.rs.QueryParam("phoneLast4") @Parameter(example = "5678") String phoneLast4) {
        var answer = publicLookup.lookup(code, phoneLast4, origin.getClientAddress());
        if (answer instanceof vn.motcua.dossier.application.PublicLookup.Found found) {
            return Response.ok(found.timeline(), MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
        }
        if (answer instanceof vn.motcua.dossier.application.PublicLookup.Throttled throttled) {
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(clock),
                    throttled.retryAfter()).toSeconds());
            return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, "Tra cứu quá nhiều lần",
                    "Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau " + ((seconds + 59) / 60) + " phút."))
                    .header("Retry-After", seconds).build();
        }
        return Problem.of(Response.Status.NOT_FOUND, "Không tìm thấy",
                "Không tìm thấy hồ sơ với mã và số điện thoại này");
    }

    @Inject
    java.time.Clock clock;

    /** The applicant's supplement: documents already uploaded (POST /api/v1/documents), one per item asked for. */
    public record SupplementBody(java.util.List<SupplementItem> documents, String note) {
    }

    public record SupplementItem(String item, Long documentId) {
    }

    @POST
    @Path("{code}/supplements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CITIZEN")
    @Operation(hidden = true, summary = "The applicant sends the supplement a request asked for: uploaded documents per item")
    public Response supplement(@PathParam("code") String code, SupplementBody body) {
        if (body == null || body.documents() == null) {
            throw new IllegalArgumentException("Thiếu danh sách giấy tờ bổ sung (documents)");
        }
        var documents = body.documents().stream().map(d -> {
            if (d == null || d.documentId() == null) {
                throw new IllegalArgumentException("Mỗi giấy tờ bổ sung cần có item và documentId");
            }
            return new vn.motcua.dossier.application.CitizenSupplements.ProvidedDocument(d.item(), d.documentId());
        }).toList();
        supplements.provide(actor, code, documents, body.note());
        return Response.noContent().build();
    }

    public record WithdrawalBody(String reason) {
    }

    @POST
    @Path("{code}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CITIZEN")
    @Operation(hidden = true, summary = "The applicant withdraws the dossier with a reason; the stop notice (form 05) follows")
    public Response withdraw(@PathParam("code") String code, WithdrawalBody body) {
        withdrawals.withdraw(actor, code, body == null ? null : body.reason());
        return Response.accepted().build();
    }

    /** VERY_SATISFIED … VERY_DISSATISFIED; convenience and overall: VERY_SATISFIED, SATISFIED, DISSATISFIED. */
    public record RatingBody(String satisfaction, String convenience, String overall, String comment) {
    }

    @POST
    @Path("{code}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CITIZEN")
    @Operation(hidden = true, summary = "The applicant rates the dossier once its result is ready or returned (once)")
    public Response rate(@PathParam("code") String code, RatingBody body) {
        if (body == null) {
            throw new IllegalArgumentException("Thiếu nội dung đánh giá");
        }
        var scores = ratings.rate(actor, code, new vn.motcua.dossier.application.Ratings.RatingForm(
                enumOf(vn.motcua.dossier.domain.DossierRating.Satisfaction.class, body.satisfaction(), "satisfaction"),
                enumOf(vn.motcua.dossier.domain.DossierRating.Assessment.class, body.convenience(), "convenience"),
                enumOf(vn.motcua.dossier.domain.DossierRating.Assessment.class, body.overall(), "overall"),
                body.comment()));
        return Response.status(Response.Status.CREATED).entity(scores).type(MediaType.APPLICATION_JSON).build();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Giá trị không hợp lệ cho " + field + ": "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A generated PDF shown in the browser, not kept by caches (it names the applicant). */
    private static Response inline(LegalTimeDocuments.RenderedPdf pdf) {
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("Content-Length", pdf.content().length)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @Inject
    vn.motcua.dossier.application.FeeReceipts feeReceipts;

    @GET
    @Path("{code}/fee-receipt.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true,
            summary = "The receipt of the fees paid at the counter for a dossier (biên lai thu phí, lệ phí) as a PDF")
    public Response feeReceipt(@PathParam("code") String code) {
        return inline(feeReceipts.feeReceipt(actor, code));
    }

    @Inject
    DossierFilingApi filingApi;

    @Context
    UriInfo filingUri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("CITIZEN")
    @Operation(summary = "File a complete dossier online under an Idempotency-Key: 201 the first time, 200 with the "
            + "same body for a repeat, 409 while the first is in flight, 422 for answers to correct or a reused key",
            description = "A signed-in citizen (session, or a bearer token with scope dossiers:write of a person "
                    + "whose account is linked) files a dossier with documents uploaded before; every answer to "
                    + "correct is listed under errors.")
    @RequiresScope("dossiers:write")
    @SecurityRequirement(name = "bearer", scopes = "dossiers:write")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "dossier", value = ApiExamples.NEW_DOSSIER)))
    @APIResponse(responseCode = "201", description = "Filed now; Location names the dossier", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "filed",
            value = ApiExamples.FILED)))
    @APIResponse(responseCode = "200", description = "Filed before under the same key: the same answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "repeat",
                    value = ApiExamples.FILED)))
    @APIResponse(responseCode = "400", ref = "badRequest")
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "409", description = "The first request under the key is still being filed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "inFlight",
                    value = ApiExamples.CONFLICT)))
    @APIResponse(responseCode = "422", ref = "unprocessable")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public Response file(@HeaderParam("Idempotency-Key") @Parameter(required = true,
            example = "6f1c2a9e-8d7b-4c1e-9a55-2f3b4c5d6e7f") String key, DossierFilingApi.NewDossier body) {
        return filingApi.file(key, body, filingUri);
    }
}
