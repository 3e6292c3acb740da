package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.catalog.Component;
import vn.motcua.dossier.application.ComponentUploads;
import vn.motcua.dossier.application.FilingRefusedException;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.IdempotentFiling;
import vn.motcua.dossier.domain.ReturnMethod;
import vn.motcua.identity.Actor;

/**
 * {@code POST /api/v1/dossiers} for the mobile apps (called by {@link DossierResource}): a signed-in citizen files a
 * complete dossier under an {@code Idempotency-Key}. 201 with Location and the confirmation the first time; 200 with
 * the same body for a repeat; 409 while the first request under the key is still being filed; 422 for a key used
 * for another request, and for answers to correct (each listed under {@code errors}).
 */
@RequestScoped
public class DossierFilingApi {

    /** The JSON body of a filing. */
    public record NewDossier(String procedureCode, String receivingUnitCode, Applicant applicant,
                             Map<String, String> fields, List<ComponentFile> components, String returnMethod,
                             String postalAddress, OnBehalf onBehalfOf) {
    }

    /** The applicant: the signed-in citizen, or who they file as. */
    public record Applicant(String name, String personalId, String phone, String email) {
    }

    /**
     * A component's file: the component by its position (componentIndex, 1-based) or by its exact name, and a
     * document of the citizen's own store (uploaded with POST /api/v1/documents or earlier).
     */
    public record ComponentFile(Integer componentIndex, String name, Long documentId) {
    }

    /** The party filed for; {@code authorisationId}: one of the caller's authorisations, which then names it. */
    public record OnBehalf(String name, String personalId, String relationship, Long authorisationId) {
    }

    @Inject
    IdempotentFiling filing;

    @Inject
    ComponentUploads uploads;

    @Inject
    Actor actor;

    Response file(String key, NewDossier body, UriInfo uri) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Thiếu tiêu đề Idempotency-Key: mỗi lần nộp hồ sơ cần một khóa duy nhất "
                    + "(ví dụ một UUID), gửi lại đúng khóa đó khi thử lại");
        }
        if (body == null) {
            throw new FilingRefusedException(Map.of("body", "Thiếu nội dung yêu cầu (JSON): procedureCode, "
                    + "receivingUnitCode, applicant, fields, components, returnMethod"));
        }
        IdempotentFiling.Outcome outcome = filing.submit(actor, key.strip(), request(body), null);
        Response.ResponseBuilder response = Response.status(outcome.status())
                .type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                .entity(outcome.body())
                .header("Cache-Control", "no-store");
        if (outcome.status() == 201) {
            response.location(uri.getBaseUriBuilder().path("v1/dossiers").path(outcome.dossierCode()).build());
        } else {
            response.header("Content-Location", uri.getBaseUriBuilder().path("v1/dossiers")
                    .path(outcome.dossierCode()).build());
        }
        return response.build();
    }

    private FilingRequest request(NewDossier body) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (body.procedureCode() == null || body.procedureCode().isBlank()) {
            throw new FilingRefusedException(Map.of("procedureCode", "Thiếu mã thủ tục (procedureCode)"));
        }
        List<Component> known = uploads.components(body.procedureCode().strip());
        List<FilingRequest.ComponentFile> files = new ArrayList<>();
        List<ComponentFile> given = body.components() == null ? List.of() : body.components();
        for (int i = 0; i < given.size(); i++) {
            ComponentFile file = given.get(i);
            String key = "components[" + i + "]";
            if (file == null || file.documentId() == null) {
                problems.put(key, "Thiếu documentId của tệp đã tải lên");
                continue;
            }
            Integer position = file.componentIndex();
            if (position == null && file.name() != null) {
                for (int c = 0; c < known.size(); c++) {
                    if (known.get(c).name().equalsIgnoreCase(file.name().strip())) {
                        position = c + 1;
                    }
                }
            }
            if (position == null) {
                problems.put(key, "Không xác định được thành phần hồ sơ: dùng componentIndex (từ 1) hoặc đúng tên "
                        + "thành phần");
                continue;
            }
            files.add(new FilingRequest.ComponentFile(position, file.documentId()));
        }
        ReturnMethod returnMethod = null;
        if (body.returnMethod() != null && !body.returnMethod().isBlank()) {
            try {
                returnMethod = ReturnMethod.valueOf(body.returnMethod().strip().toUpperCase(Locale.ROOT)
                        .replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.put("returnMethod", "Cách nhận kết quả không hợp lệ: dùng ONLINE, AT_DESK hoặc BY_POST");
            }
        }
        if (!problems.isEmpty()) {
            throw new FilingRefusedException(problems);
        }
        Applicant applicant = body.applicant() == null ? new Applicant(actor.displayName(), null, null, null)
                : body.applicant();
        FilingRequest.OnBehalf party = body.onBehalfOf() == null ? null : new FilingRequest.OnBehalf(
                body.onBehalfOf().name(), body.onBehalfOf().personalId(), body.onBehalfOf().relationship(),
                body.onBehalfOf().authorisationId());
        return new FilingRequest(body.procedureCode().strip(), body.receivingUnitCode(), applicant.name(),
                applicant.personalId(), applicant.phone(), applicant.email(), body.fields(), files, returnMethod,
                body.postalAddress(), party);
    }

    /** 422 with each answer to correct, by name. */
    @Provider
    public static class Refused implements ExceptionMapper<FilingRefusedException> {
        @Override
        public Response toResponse(FilingRefusedException e) {
            var errors = Json.createArrayBuilder();
            e.problems().forEach((field, message) -> errors.add(Json.createObjectBuilder()
                    .add("field", field).add("message", message)));
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Hồ sơ chưa đầy đủ hoặc chưa đúng")
                    .add("status", 422)
                    .add("detail", e.getMessage())
                    .add("errors", errors)
                    .build().toString()).build();
        }
    }

    /** 409 while the first request under the key is being filed. */
    @Provider
    public static class InFlight implements ExceptionMapper<IdempotentFiling.InFlightException> {
        @Override
        public Response toResponse(IdempotentFiling.InFlightException e) {
            return Problem.of(Response.Status.CONFLICT, "Yêu cầu nộp hồ sơ đang được xử lý", e.getMessage());
        }
    }

    /** 422 for a key already used for another request. */
    @Provider
    public static class KeyReused implements ExceptionMapper<IdempotentFiling.KeyReusedException> {
        @Override
        public Response toResponse(IdempotentFiling.KeyReusedException e) {
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", "Khóa Idempotency-Key đã dùng cho yêu cầu khác")
                    .add("status", 422)
                    .add("detail", e.getMessage())
                    .build().toString()).build();
        }
    }
}
