package vn.motcua.web.api;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import vn.motcua.web.security.ApiCaller;

/**
 * The API's authentication answers and scope checks, as problem details with a {@code WWW-Authenticate} challenge:
 * 401 for credentials presented and refused (whatever the operation) and for an anonymous call of an operation that
 * needs a scope; 403 for a key or token without the operation's scope, and for a browser session calling a
 * partner-only operation. Role checks ({@code @RolesAllowed}) still apply after this.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class ApiAccessFilter implements ContainerRequestFilter {

    /** Scopes only partner systems hold: a signed-in person's session does not open them. */
    static final Set<String> PARTNER_ONLY = Set.of("intake");

    static final String REALM = "MotCua API";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        ApiCaller caller = ApiCaller.of(request);
        if (caller.refused()) {
            context.abortWith(unauthorized(caller.refusal(), null, "invalid_token"));
            return;
        }
        RequiresScope required = required();
        if (required == null) {
            return;
        }
        String scope = required.value();
        switch (caller.kind()) {
            case ANONYMOUS -> context.abortWith(unauthorized("Cần khóa API (tiêu đề X-API-Key) hoặc mã truy cập "
                    + "(Authorization: Bearer) có phạm vi " + scope, scope, null));
            case SESSION -> {
                if (PARTNER_ONLY.contains(scope)) {
                    context.abortWith(forbidden("Chức năng này chỉ dành cho hệ thống đối tác có khóa API phạm vi "
                            + scope, scope));
                }
            }
            default -> {
                if (!caller.scopes().contains(scope)) {
                    context.abortWith(forbidden("Khóa API hoặc mã truy cập không có phạm vi " + scope, scope));
                }
            }
        }
    }

    private RequiresScope required() {
        if (resource == null || resource.getResourceMethod() == null) {
            return null;
        }
        RequiresScope onMethod = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RequiresScope.class);
    }

    /** 401 with the challenges for a bearer token and for an API key. */
    static Response unauthorized(String detail, String scope, String error) {
        String bearer = "Bearer realm=\"" + REALM + "\"" + (error == null ? "" : ", error=\"" + error + "\"")
                + (scope == null ? "" : ", scope=\"" + scope + "\"");
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "Chưa xác thực", detail))
                .header("WWW-Authenticate", bearer)
                .header("WWW-Authenticate", "ApiKey realm=\"" + REALM + "\", header=\"X-API-Key\"")
                .build();
    }

    static Response forbidden(String detail, String scope) {
        return Response.fromResponse(Problem.of(Response.Status.FORBIDDEN, "Không có quyền truy cập", detail))
                .header("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"insufficient_scope\", scope=\""
                        + scope + "\"")
                .build();
    }
}
