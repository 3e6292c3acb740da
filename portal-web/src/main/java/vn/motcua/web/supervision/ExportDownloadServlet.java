package vn.motcua.web.supervision;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.statistics.application.OutsideSubtreeException;
import vn.motcua.statistics.application.Period;
import vn.motcua.statistics.export.ExportFile;
import vn.motcua.statistics.export.ExportNotFoundException;
import vn.motcua.statistics.export.ExportSpec;
import vn.motcua.statistics.export.SupervisionExports;
import vn.motcua.web.security.CurrentActor;
import vn.motcua.web.shared.Messages;

/**
 * Exports of the supervision pages ({@code /workspace/supervision-export}):
 * <ul>
 *   <li>{@code ?kind=SUMMARY&format=XLSX&period=…&unit=…} (the dashboard's parameters) exports a table: a small
 *   file comes straight back; a large one is queued and the browser is sent to "my exports";</li>
 *   <li>{@code ?id=N} downloads a finished background export — for its requester only: anybody else, or an
 *   unfinished export, gets 404, so whose exports exist is not revealed.</li>
 * </ul>
 * A bad parameter gets 400 and a unit outside the supervisor's subtree 403, each with a Vietnamese sentence.
 */
@WebServlet("/workspace/supervision-export")
public class ExportDownloadServlet extends HttpServlet {

    @Inject
    SupervisionExports exports;

    /** The caller of each request (a servlet lives across requests: never keep the actor in a field). */
    @Inject
    CurrentActor caller;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getParameter("id") != null) {
                download(request, response);
            } else {
                export(request, response);
            }
        } catch (AccessDeniedException e) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, messages.get("supervision.forbidden"));
        }
    }

    private void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DashboardFilter filter = ExportRequestParameters.filter(request::getParameter);
        ExportSpec spec;
        try {
            Period period = filter.resolve(BusinessTime.today(clock));
            spec = ExportRequestParameters.spec(request.getParameter("kind"), request.getParameter("format"), filter,
                    period);
        } catch (IllegalArgumentException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, messages.get(e.getMessage()));
            return;
        }
        SupervisionExports.Outcome outcome;
        try {
            outcome = exports.export(caller.actor(), spec);
        } catch (OutsideSubtreeException e) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, messages.get("supervision.outsideSubtree", spec.unitCode()));
            return;
        } catch (InvalidRequestException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, messages.get("supervision.unknownUnit", spec.unitCode()));
            return;
        }
        if (outcome instanceof SupervisionExports.Queued queued) {
            response.sendRedirect(request.getContextPath() + "/workspace/supervision-exports.xhtml?queued="
                    + queued.requestId());
            return;
        }
        ExportFile file = ((SupervisionExports.Ready) outcome).file();
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
        response.getOutputStream().write(file.content());
    }

    private void download(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, messages.get("supervision.export.invalid"));
            return;
        }
        SupervisionExports.Download download;
        try {
            download = exports.download(caller.actor(), id);
        } catch (ExportNotFoundException e) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, messages.get("supervision.exports.notFound"));
            return;
        }
        response.setContentType(download.contentType());
        response.setContentLengthLong(download.size());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
        try (InputStream in = download.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().write(message);
    }
}
