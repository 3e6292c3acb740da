package vn.motcua.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.motcua.documents.application.DocumentIntegrityException;
import vn.motcua.documents.application.DocumentNotFoundException;
import vn.motcua.documents.application.DocumentRefusedException;

/**
 * Problem details of the document store. A refused upload is the caller's to fix: 413 when too large, 415 when the
 * content's type is not accepted or is not what the name or declared type say, 422 when the file is empty, has too
 * many pages, is encrypted or damaged. A stored file that no longer matches its checksum is the server's fault: 500,
 * with a message that says so, and not a byte of the file.
 */
final class DocumentProblems {

    private DocumentProblems() {
    }

    @Provider
    public static class Refused implements ExceptionMapper<DocumentRefusedException> {
        @Override
        public Response toResponse(DocumentRefusedException e) {
            return switch (e.reason()) {
                case TOO_LARGE, COMPONENT_TOO_LARGE -> Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Tệp quá lớn", e.getMessage());
                case TYPE_NOT_ALLOWED, TYPE_MISMATCH, COMPONENT_TYPE -> Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                        "Loại tệp không được chấp nhận", e.getMessage());
                case EMPTY, TOO_MANY_PAGES, ENCRYPTED, UNREADABLE, COMPONENT_PAGES, COMPONENT_TOO_FEW_PAGES -> Problem.of(unprocessable(),
                        "Tệp không hợp lệ", e.getMessage());
            };
        }

        private static Response.StatusType unprocessable() {
            return new Response.StatusType() {
                @Override
                public int getStatusCode() {
                    return 422;
                }

                @Override
                public Response.Status.Family getFamily() {
                    return Response.Status.Family.CLIENT_ERROR;
                }

                @Override
                public String getReasonPhrase() {
                    return "Unprocessable Content";
                }
            };
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<DocumentNotFoundException> {
        @Override
        public Response toResponse(DocumentNotFoundException e) {
            return Problem.of(Response.Status.NOT_FOUND, "Không tìm thấy", e.getMessage());
        }
    }

    @Provider
    public static class Damaged implements ExceptionMapper<DocumentIntegrityException> {
        @Override
        public Response toResponse(DocumentIntegrityException e) {
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Tệp lưu trữ bị hỏng", e.getMessage());
        }
    }
}
