package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.results.ResultCheck;
import vn.motcua.results.ResultVerification;

/**
 * Public verification of a signed document: anybody may post a PDF and learn which result it is, whether it is the
 * copy the agency issued, and whether each signature is valid. No sign-in: results are shown to third parties.
 */
@Path("v1/verifications")
@RequestScoped
public class VerificationResource {

    /** Results are a few hundred kilobytes; anything this large is not one. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    ResultVerification verification;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "Verify a signed PDF (form field 'file'): the result it is, each signature, and whether it "
            + "is intact")
    public ResultCheck verify(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("Thiếu tệp PDF cần kiểm tra (trường 'file' của biểu mẫu "
                    + "multipart/form-data).");
        }
        try (InputStream content = file.getContent()) {
            byte[] pdf = content.readNBytes(MAX_BYTES + 1);
            if (pdf.length > MAX_BYTES) {
                throw new IllegalArgumentException("Tệp lớn hơn 20 MB, không phải là một văn bản kết quả.");
            }
            return verification.upload(pdf);
        }
    }

    @GET
    @Path("{key}/document.pdf")
    @Produces("application/pdf")
    @Operation(hidden = true, summary = "The result as the agency issued it, by the key of its QR code (to compare a copy with)")
    public Response document(@PathParam("key") String key) {
        byte[] pdf = verification.documentByKey(key).orElseThrow(() -> new NotFoundException(
                "Không có văn bản kết quả nào với mã kiểm tra này"));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"ket-qua-" + key + ".pdf\"")
                .header("Content-Length", pdf.length)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
