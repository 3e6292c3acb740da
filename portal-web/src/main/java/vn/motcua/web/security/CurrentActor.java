package vn.motcua.web.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Officials;

/**
 * The signed-in caller as the application services see them: account, roles and the units they hold them in,
 * including the roles of officials they stand in for today.
 */
@Named
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    Officials officials;

    private Actor actor;

    /** Produced without a scope of its own (a record cannot be proxied); cached for the request here. */
    @Produces
    @Named("actor")
    public Actor actor() {
        if (actor == null) {
            Principal caller = caller();
            actor = caller == null
                    ? new Actor(null, "anonymous", "", java.util.List.of())
                    : officials.actorOf(caller.getName())
                            .orElse(new Actor(null, caller.getName(), caller.getName(), java.util.List.of()));
        }
        return actor;
    }

    public boolean isSignedIn() {
        return caller() != null;
    }

    /**
     * The caller as the servlet container authenticated it — the principal its role checks use. Jakarta Security's
     * {@code SecurityContext} answers through JACC and was seen to answer null now and then for a signed-in caller
     * whose request had passed the container's role check; it remains the fallback outside a servlet request.
     */
    private Principal caller() {
        Principal caller = null;
        try {
            caller = request.getUserPrincipal();
        } catch (IllegalStateException | ContextNotActiveException e) {
            // no servlet request on this thread: ask Jakarta Security
        }
        return caller != null ? caller : security.getCallerPrincipal();
    }

    /** Whether the signed-in official administers the portal (sees the admin pages). */
    public boolean isAdmin() {
        return actor().hasRole(vn.motcua.identity.Role.ADMIN);
    }
}
