package vn.motcua.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.audit.application.AuditVerification;
import vn.motcua.audit.domain.ChainVerification;
import vn.motcua.identity.Actor;

/** Administrators verify the audit chain: intact with its number of entries, or the first broken link. */
@Path("admin/audit/verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditVerificationResource {

    /** The verification as JSON; {@code problem} is one of {@link ChainVerification.Problem}, or null when ok. */
    public record VerificationResult(boolean ok, long entries, Long firstBrokenSequence, String problem,
                                     String detail) {
    }

    @Inject
    AuditVerification verification;

    @Inject
    Actor actor;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(hidden = true, summary = "Verify the hash chain of the audit trail")
    public VerificationResult verify() {
        ChainVerification result = verification.verify(actor);
        return new VerificationResult(result.ok(), result.entries(), result.firstBrokenSequence(),
                result.problem() == null ? null : result.problem().name(), result.detail());
    }
}
