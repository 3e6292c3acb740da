package vn.motcua.web.payment;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;

/** What the payment pages read from the current request. */
final class Requests {

    private Requests() {
    }

    /** The address the visitor reached the portal at: scheme, host, port and context path. */
    static String portalBase(ExternalContext context) {
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    /** The {@code vnp_} fields of the query string, one value each. */
    static Map<String, String> gatewayFields(ExternalContext context) {
        Map<String, String> fields = new HashMap<>();
        context.getRequestParameterMap().forEach((name, value) -> {
            if (name.startsWith("vnp_")) {
                fields.put(name, value);
            }
        });
        return fields;
    }
}
