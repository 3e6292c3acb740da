package vn.motcua.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.AccessDeniedException;

/** Maps the application services' exceptions to problem details with a 4xx status. */
final class ProblemMappers {

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
            return Problem.of(Response.Status.FORBIDDEN, "Không có quyền truy cập", e.getMessage());
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
