package vn.motcua.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.Response;

/** Builds an RFC 9457 problem detail response ({@code application/problem+json}). */
final class Problem {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    static Response of(Response.StatusType status, String title, String detail) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", title)
                        .add("status", status.getStatusCode())
                        .add("detail", detail == null ? title : detail)
                        .build()
                        .toString())
                .build();
    }
}
