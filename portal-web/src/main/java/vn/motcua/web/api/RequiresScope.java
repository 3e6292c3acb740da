package vn.motcua.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an API key or bearer token must carry to call an operation (see {@link ApiAccessFilter}). A browser
 * session is not limited by scopes — its roles decide — except for partner-only scopes ({@code intake}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresScope {

    String value();
}
