package vn.motcua.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.integration.intake.NationalIntakePollingJob;
import vn.motcua.integration.intake.NationalPortalOutgoing;

/**
 * A stand-in for the national portal's side of the intake, for tests and the demo (on with
 * {@code motcua.dvcqg.intake.sandbox}, by default with {@code motcua.demo}; 404 otherwise; not in the API document).
 * It keeps the dossiers "filed on the portal" in memory — one node's test double, not for a cluster — serves them as
 * the outgoing feed the polling job reads ({@code GET outgoing?since=}), pushes them to our intake endpoint with the
 * partner key it is given, and can be told to push duplicates, all at once (the "duplicate callbacks" fault).
 */
@Path("sandbox/dvcqg-intake")
@RequestScoped
public class SandboxNationalIntakeResource {

    private static final int PAGE = 50;

    /** The portal's filed dossiers, in filing order (the feed's cursor is a position in this list). */
    @ApplicationScoped
    public static class FiledOnPortal {
        final List<JsonValue> dossiers = new CopyOnWriteArrayList<>();
    }

    @Inject
    FiledOnPortal portal;

    @Inject
    NationalIntakePollingJob polling;

    @Inject
    @ConfigProperty(name = "motcua.dvcqg.intake.sandbox")
    Optional<Boolean> sandbox;

    @Inject
    @ConfigProperty(name = "motcua.demo", defaultValue = "false")
    boolean demo;

    @Context
    UriInfo uri;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Files a dossier on the portal; with {@code push=true} pushes it to our intake with {@code X-Partner-Key}, and
     * with {@code duplicates=n} sends n more identical callbacks at the same time. Each push that is told the dossier
     * is being received (409) is retried after a second, as the portal would. Answers the feed position and the
     * status of every push.
     */
    @POST
    @Path("dossiers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String file(String body, @QueryParam("push") @DefaultValue("false") boolean push,
                       @QueryParam("duplicates") @DefaultValue("0") int duplicates,
                       @HeaderParam("X-Partner-Key") String partnerKey) throws Exception {
        requireSandbox();
        JsonValue dossier = Json.createReader(new StringReader(body)).readValue();
        portal.dossiers.add(dossier);
        JsonArrayBuilder statuses = Json.createArrayBuilder();
        if (push) {
            URI intake = uri.getBaseUriBuilder().path("v1/national-portal/dossiers").build();
            List<CompletableFuture<Integer>> pushes = new ArrayList<>();
            for (int i = 0; i <= Math.max(0, Math.min(duplicates, 20)); i++) {
                pushes.add(CompletableFuture.supplyAsync(() -> pushWithRetries(intake, body, partnerKey)));
            }
            for (CompletableFuture<Integer> status : pushes) {
                statuses.add(status.get());
            }
        }
        return Json.createObjectBuilder().add("position", portal.dossiers.size()).add("pushes", statuses).build()
                .toString();
    }

    /** The feed: the dossiers filed after {@code since} (a position), at most a page, and the next cursor. */
    @GET
    @Path("outgoing")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String outgoing(@QueryParam("since") String since) {
        requireSandbox();
        NationalPortalOutgoing.Page page = page(since);
        JsonArrayBuilder dossiers = Json.createArrayBuilder();
        page.dossiers().forEach(dossiers::add);
        return Json.createObjectBuilder().add("dossiers", dossiers).add("nextCursor", page.nextCursor()).build()
                .toString();
    }

    /** Runs our polling of this sandbox feed now (what the recurring job does against the real portal). */
    @POST
    @Path("poll")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String poll() throws Exception {
        requireSandbox();
        String summary = polling.poll(this::page, "sandbox");
        return Json.createObjectBuilder().add("summary", summary).build().toString();
    }

    private NationalPortalOutgoing.Page page(String since) {
        int from = since == null || since.isBlank() ? 0 : Integer.parseInt(since.strip());
        List<JsonValue> all = List.copyOf(portal.dossiers);
        int to = Math.min(all.size(), from + PAGE);
        return new NationalPortalOutgoing.Page(from >= to ? List.of() : all.subList(from, to),
                Integer.toString(Math.max(from, to)));
    }

    private int pushWithRetries(URI intake, String body, String partnerKey) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(intake).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", MediaType.APPLICATION_JSON)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (partnerKey != null) {
                request.header("X-API-Key", partnerKey);
            }
            int status = 0;
            for (int attempt = 0; attempt < 10; attempt++) {
                status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 409) {
                    break;
                }
                Thread.sleep(1000);
            }
            return status;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }

    private void requireSandbox() {
        if (!sandbox.orElse(demo)) {
            throw new NotFoundException();
        }
    }
}
