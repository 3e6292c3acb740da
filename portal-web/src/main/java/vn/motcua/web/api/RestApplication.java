package vn.motcua.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The public REST API, version 1, under {@code /api/v1}. Errors are RFC 9457 problem details. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "MotCua API", version = "1",
        description = "Dịch vụ công trực tuyến và một cửa — MotCua public API"))
public class RestApplication extends Application {
}
