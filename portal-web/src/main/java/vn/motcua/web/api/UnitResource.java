package vn.motcua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.organization.Organisation;
import vn.motcua.organization.UnitLevel;
import vn.motcua.organization.UnitView;
import vn.motcua.platform.time.BusinessTime;

/** The organisation tree as it stood on any date, with successions (e.g. the 2025 two-tier reform). */
@Path("v1/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Units in force on a date (today by default), optionally of one level",
            description = "Public, no credentials: the organisation tree's units valid on the date.")
    @APIResponse(responseCode = "200", description = "The units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "units", value = ApiExamples.UNITS)))
    @APIResponse(responseCode = "400", ref = "badRequest")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public List<UnitView> units(@QueryParam("at") @Parameter(example = "2025-06-30") String at,
                                @QueryParam("level") @Parameter(description = "PROVINCE, DEPARTMENT, DISTRICT, "
                                        + "COMMUNE or INNER_DEPARTMENT", example = "COMMUNE") String level) {
        LocalDate day = Params.date("at", at);
        return organisation.unitsOn(day == null ? BusinessTime.today(clock) : day,
                Params.choice("level", level, UnitLevel.class));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One unit with its parent, validity, successors, predecessors and desks",
            description = "Public, no credentials; 404 for an unknown code.")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "unit", value = ApiExamples.UNIT_VIEW)))
    @APIResponse(responseCode = "404", ref = "notFound")
    @APIResponse(responseCode = "429", ref = "tooManyRequests")
    public UnitView unit(@PathParam("code") @Parameter(required = true, example = ApiExamples.UNIT) String code) {
        return organisation.unit(code).orElseThrow(() -> new NotFoundException("Không có đơn vị mã " + code));
    }
}
