package vn.motcua.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.DayKind;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.Actor;

/** Administrators add and remove holidays, days off and make-up working days. */
@Path("admin/calendar/days")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarAdminResource {

    @Inject
    CalendarAdministration administration;

    @Inject
    Actor actor;

    @jakarta.ws.rs.core.Context
    UriInfo uri;

    /** A day to add; {@code unit} absent = every unit; {@code kind} HOLIDAY, DAY_OFF or WORKING_DAY. */
    public record NewDay(String unit, String date, String kind, String name, Boolean provisional, String source) {
    }

    /** The outcome: the stored day's id (when added) and how many open dossiers had their due dates re-derived. */
    public record Outcome(Long id, int rederivedDossiers) {
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true, summary = "Add a holiday, day off or make-up working day; re-derives open dossiers' due dates")
    public Response add(NewDay body) {
        if (body == null) {
            throw new IllegalArgumentException("Thiếu nội dung: unit, date, kind, name, provisional, source");
        }
        var update = administration.addDay(actor, new CalendarAdministration.DayDraft(body.unit(),
                Params.date("date", body.date()), Params.choice("kind", body.kind(), DayKind.class), body.name(),
                Boolean.TRUE.equals(body.provisional()), body.source()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(update.dayId())).build())
                .entity(new Outcome(update.dayId(), update.rederivedDossiers())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @Operation(hidden = true, summary = "Remove a stored day; re-derives open dossiers' due dates")
    public Outcome remove(@PathParam("id") long id) {
        if (administration.day(id).isEmpty()) {
            throw new NotFoundException("Không có ngày số " + id + " trong lịch");
        }
        return new Outcome(null, administration.removeDay(actor, id).rederivedDossiers());
    }
}
