package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.dossier.application.FilingRefusedException;
import vn.motcua.integration.intake.IntakeSource;
import vn.motcua.integration.intake.NationalDossier;
import vn.motcua.integration.intake.NationalIntake;

/**
 * The national public-service portal (DVCQG) pushes the dossiers filed there for our province:
 * {@code POST /api/v1/national-portal/dossiers} with a partner API key of scope {@code intake}. 201 the first time
 * (the dossier is in the receiving desk's queue), 200 with the same dossier for a repeat, 409 while the same code is
 * being received, 422 naming each field to correct.
 */
@Path("v1/national-portal/dossiers")
@RequestScoped
@Tag(name = "Tiếp nhận từ Cổng DVCQG", description = "Dossiers filed on the national public-service portal")
public class NationalPortalIntakeResource {

    static final String EXAMPLE = """
            {"MaHoSo": "G22.99-261121-0001", "MaTTHC": "1.001193", "TenTTHC": "Đăng ký khai sinh",
             "DonViXuLy": "000.30.01.H29", "ChuHoSo": "Phạm Thị Hoa", "LoaiDoiTuong": 1,
             "DinhDanhCHS": [{"LoaiDinhDanh": 2, "SoDinhDanh": "079301001"}],
             "SoDienThoai": "0912345678", "Email": "hoa@example.invalid",
             "TrichYeuHoSo": "Đăng ký khai sinh cho con", "NgayNopHoSo": "20261121083000",
             "TaiLieuNop": [{"TenTepDinhKem": "to-khai.pdf",
                             "DuongDanTaiTepTin": "https://dichvucong.gov.vn/files/to-khai.pdf"}]}""";

    static final String RECEIVED = """
            {"nationalCode": "G22.99-261121-0001", "dossierCode": "000.30.01.H29-261121-0001", "filedNow": true}""";

    @Inject
    NationalIntake intake;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope("intake")
    @Operation(summary = "Receive a dossier filed on the national public-service portal",
            description = "The portal's dossier JSON (MaHoSo, MaTTHC, DonViXuLy, ChuHoSo, DinhDanhCHS, SoDienThoai, "
                    + "Email, TrichYeuHoSo, NgayNopHoSo, TaiLieuNop) becomes our dossier in the receiving desk's "
                    + "queue, once per national code MaHoSo: a repeat is answered 200 with the same dossier.")
    @SecurityRequirement(name = "apiKey", scopes = "intake")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "dossier", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Received now; Location names our dossier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "received", value = RECEIVED)))
    @APIResponse(responseCode = "200", description = "Received before (a repeat): the same dossier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "repeat",
                    value = "{\"nationalCode\": \"G22.99-261121-0001\", \"dossierCode\": "
                            + "\"000.30.01.H29-261121-0001\", \"filedNow\": false}")))
    @APIResponse(responseCode = "401", ref = "unauthorized")
    @APIResponse(responseCode = "403", ref = "forbidden")
    @APIResponse(responseCode = "409", description = "The same national code is being received right now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "receiving",
                    value = "{\"type\": \"about:blank\", \"title\": \"Hồ sơ đang được tiếp nhận\", \"status\": 409, "
                            + "\"detail\": \"Hồ sơ G22.99-261121-0001 đang được tiếp nhận\"}")))
    @APIResponse(responseCode = "422", ref = "unprocessable")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public Response receive(String body) {
        JsonValue json;
        try {
            json = body == null || body.isBlank() ? JsonValue.NULL : Json.createReader(new StringReader(body))
                    .readValue();
        } catch (JsonParsingException e) {
            throw new FilingRefusedException(Map.of("body", "Nội dung không phải JSON hợp lệ: " + e.getMessage()));
        }
        NationalIntake.Outcome outcome = intake.receive(NationalDossier.fromJson(json), IntakeSource.PUSH);
        String answer = Json.createObjectBuilder().add("nationalCode", outcome.nationalCode())
                .add("dossierCode", outcome.dossierCode()).add("filedNow", outcome.filedNow()).build().toString();
        var location = uri.getBaseUriBuilder().path("v1/dossiers").path(outcome.dossierCode()).build();
        return (outcome.filedNow() ? Response.created(location) : Response.ok().header("Content-Location", location))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(answer).build();
    }

    /** 409 while the same national code is being received. */
    @Provider
    public static class Receiving implements ExceptionMapper<NationalIntake.ReceivingException> {
        @Override
        public Response toResponse(NationalIntake.ReceivingException e) {
            return Response.fromResponse(Problem.of(Response.Status.CONFLICT, "Hồ sơ đang được tiếp nhận",
                    e.getMessage())).header("Retry-After", 2).build();
        }
    }
}
