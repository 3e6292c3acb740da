package vn.motcua.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.platform.transactions.ConcurrentChangeException;

/** Maps the application services' exceptions to problem details with a 4xx status. */
final class ProblemMappers {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.of(Response.Status.NOT_FOUND, "Không tìm thấy", e.getMessage());
        }
    }

    @Provider
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            LOG.info(() -> "403: " + e.getMessage());
            return Problem.of(Response.Status.FORBIDDEN, "Không có quyền truy cập", e.getMessage());
        }
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<vn.motcua.identity.InvalidRequestException> {
        @Override
        public Response toResponse(vn.motcua.identity.InvalidRequestException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "Yêu cầu không hợp lệ", e.getMessage());
        }
    }

    /** Errors the JAX-RS runtime raises itself (401 for a missing sign-in, 403, 404 for an unknown path, 405...). */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getStatusCode() == 401) {
                return ApiAccessFilter.unauthorized("Cần đăng nhập, khóa API (X-API-Key) hoặc mã truy cập "
                        + "(Authorization: Bearer)", null, null);
            }
            String title = switch (status.getStatusCode()) {
                case 401 -> "Chưa đăng nhập";
                case 403 -> "Không có quyền truy cập";
                case 404 -> "Không tìm thấy";
                default -> status.getReasonPhrase();
            };
            return Problem.of(Response.Status.fromStatusCode(status.getStatusCode()) == null
                    ? Response.Status.BAD_REQUEST : Response.Status.fromStatusCode(status.getStatusCode()),
                    title, status.getReasonPhrase());
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentChangeException> {
        @Override
        public Response toResponse(ConcurrentChangeException e) {
            return Problem.of(Response.Status.CONFLICT, "Hồ sơ vừa được thay đổi đồng thời, vui lòng thử lại",
                    e.getMessage());
        }
    }

    @Provider
    public static class BadRequest implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return Problem.of(Response.Status.BAD_REQUEST, "Yêu cầu không hợp lệ", e.getMessage());
        }
    }
}
