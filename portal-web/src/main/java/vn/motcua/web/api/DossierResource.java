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
    @Operation(summary = "A dossier with its history and open steps")
    public DossierView one(@PathParam("code") String code) {
        return queries.dossier(actor, code);
    }

    @GET
    @Path("{code}/control-sheet.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "The process control sheet (form 06) of a dossier as a PDF, as it stands now")
    public Response controlSheet(@PathParam("code") String code) {
        return inline(legalTimeDocuments.controlSheet(actor, code));
    }

    @GET
    @Path("{code}/receipt.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "The receipt and appointment (form 01) of an accepted dossier as a PDF, with its lookup QR code")
    public Response receipt(@PathParam("code") String code) {
        return inline(legalTimeDocuments.receipt(actor, code));
    }

    @GET
    @Path("{code}/supplement-request.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "The request to complete the dossier at intake (form 02) as a PDF")
    public Response supplementRequest(@PathParam("code") String code) {
        return inline(legalTimeDocuments.supplementRequest(actor, code));
    }

    @GET
    @Path("{code}/refusal.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "The refusal at intake (form 03), with its reasons, as a PDF")
    public Response refusal(@PathParam("code") String code) {
        return inline(legalTimeDocuments.refusal(actor, code));
    }

    @GET
    @Path("{code}/stop-notice.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "The stop notice (form 05) of a withdrawn dossier as a PDF")
    public Response stopNotice(@PathParam("code") String code) {
        return inline(legalTimeDocuments.stopNotice(actor, code));
    }

    @GET
    @Path("{code}/apology.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "The apology and new appointment (form 04) of an extended dossier as a PDF")
    public Response apology(@PathParam("code") String code) {
        return inline(legalTimeDocuments.apologyLetter(actor, code));
    }

    @GET
    @Path("{code}/result.pdf")
    @Produces("application/pdf")
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "The signed result of a dossier: for its officials once the leader signed, for its applicant "
            + "once numbered and sealed")
    public Response result(@PathParam("code") String code) {
        ResultAccess.ResultPdf pdf = results.document(actor, code);
        return inline(new LegalTimeDocuments.RenderedPdf(pdf.fileName(), pdf.content()));
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
    @Operation(summary = "The receipt of the fees paid at the counter for a dossier (biên lai thu phí, lệ phí) as a PDF")
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
            + "same body for a repeat, 409 while the first is in flight, 422 for answers to correct or a reused key")
    public Response file(@HeaderParam("Idempotency-Key") String key, DossierFilingApi.NewDossier body) {
        return filingApi.file(key, body, filingUri);
    }
}
