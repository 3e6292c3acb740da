package vn.motcua.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The public REST API, version 1, under {@code /api/v1}. Errors are RFC 9457 problem details. The API document
 * (MicroProfile OpenAPI, served at {@code /openapi}) defines here, once, the two ways to authenticate — a bearer JWT
 * from the configured issuer and a partner API key — and the error answers every operation shares.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "MotCua API", version = "1",
        description = "Dịch vụ công trực tuyến và một cửa — MotCua public API. Authenticate with a bearer token "
                + "(OpenID Connect access token, scopes in its scope claim) or a partner API key (X-API-Key); "
                + "public operations need neither. Every answer carries RateLimit-* headers; errors are "
                + "application/problem+json."),
        components = @Components(
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "JWT",
                                description = "OpenID Connect access token (JWT) of the configured issuer; scopes "
                                        + "catalogue:read, dossiers:read, dossiers:write, statistics:read"),
                        @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY,
                                in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key",
                                description = "A partner system's API key, issued by an administrator with scopes "
                                        + "(intake, statistics:read, ...)")},
                responses = {
                        @APIResponse(name = "badRequest", responseCode = "400", description = "A parameter is wrong",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(
                                        name = "badRequest", value = RestApplication.BAD_REQUEST))),
                        @APIResponse(name = "unauthorized", responseCode = "401",
                                description = "No credentials, or credentials refused (WWW-Authenticate tells how)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(
                                        name = "unauthorized", value = RestApplication.UNAUTHORIZED))),
                        @APIResponse(name = "forbidden", responseCode = "403",
                                description = "The caller lacks the role or the scope",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(
                                        name = "forbidden", value = RestApplication.FORBIDDEN))),
                        @APIResponse(name = "notFound", responseCode = "404", description = "Not found",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(
                                        name = "notFound", value = RestApplication.NOT_FOUND))),
                        @APIResponse(name = "unprocessable", responseCode = "422",
                                description = "The content cannot be accepted; errors names each field",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(
                                        name = "unprocessable", value = RestApplication.UNPROCESSABLE))),
                        @APIResponse(name = "tooManyRequests", responseCode = "429",
                                description = "Rate limit reached; Retry-After tells when to try again",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(
                                        name = "tooManyRequests", value = RestApplication.TOO_MANY)))}))
public class RestApplication extends Application {

    static final String BAD_REQUEST = "{\"type\": \"about:blank\", \"title\": \"Yêu cầu không hợp lệ\", "
            + "\"status\": 400, \"detail\": \"Ngày không hợp lệ: 2026-13-01\"}";
    static final String UNAUTHORIZED = "{\"type\": \"about:blank\", \"title\": \"Chưa xác thực\", \"status\": 401, "
            + "\"detail\": \"Cần khóa API (tiêu đề X-API-Key) hoặc mã truy cập (Authorization: Bearer)\"}";
    static final String FORBIDDEN = "{\"type\": \"about:blank\", \"title\": \"Không có quyền truy cập\", "
            + "\"status\": 403, \"detail\": \"Khóa API hoặc mã truy cập không có phạm vi intake\"}";
    static final String NOT_FOUND = "{\"type\": \"about:blank\", \"title\": \"Không tìm thấy\", \"status\": 404, "
            + "\"detail\": \"Không tìm thấy\"}";
    static final String UNPROCESSABLE = "{\"type\": \"about:blank\", \"title\": \"Hồ sơ chưa đầy đủ hoặc chưa "
            + "đúng\", \"status\": 422, \"detail\": \"Thiếu mã hồ sơ\", \"errors\": [{\"field\": \"MaHoSo\", "
            + "\"message\": \"Thiếu mã hồ sơ trên Cổng Dịch vụ công quốc gia (MaHoSo)\"}]}";
    static final String TOO_MANY = "{\"type\": \"about:blank\", \"title\": \"Quá nhiều yêu cầu\", \"status\": 429, "
            + "\"detail\": \"Đã vượt giới hạn 300 yêu cầu mỗi 60 giây; thử lại sau 12 giây\"}";
}
