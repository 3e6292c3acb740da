package vn.motcua.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import vn.motcua.identity.AccountRepository;
import vn.motcua.identity.Actor;

/** The signed-in caller as the application services see them: account, roles and the units they hold them in. */
@Named
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    private Actor actor;

    /** Produced without a scope of its own (a record cannot be proxied); cached for the request here. */
    @Produces
    @Named("actor")
    public Actor actor() {
        if (actor == null) {
            Principal caller = security.getCallerPrincipal();
            actor = caller == null
                    ? new Actor(null, "anonymous", "", java.util.List.of())
                    : accounts.findByUsername(caller.getName()).map(a -> a.toActor())
                            .orElse(new Actor(null, caller.getName(), caller.getName(), java.util.List.of()));
        }
        return actor;
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /** Whether the signed-in official administers the portal (sees the admin pages). */
    public boolean isAdmin() {
        return actor().hasRole(vn.motcua.identity.Role.ADMIN);
    }
}
