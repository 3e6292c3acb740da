package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.Requirement;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;

/**
 * What the applicant is told once a dossier is filed online: its code, when it was received, the appointment the
 * legal-time engine expects if the desk accepts it complete now (the clock starts at that acceptance, not at the
 * submission: DOMAIN.md §4.2), the originals to bring for a procedure only partly online, and the fees.
 */
@ApplicationScoped
public class FilingConfirmation {

    /** One fee as the applicant will pay it online. */
    public record FeeLine(String kind, String description, long amount, String exemption) {
    }

    /** A paper to bring to the desk: how many originals and copies. */
    public record Original(String name, int originals, int copies) {
    }

    /** The confirmation of a filed dossier. */
    public record Confirmed(String code, String status, String procedureCode, String procedureName,
                            String receivingUnitCode, String receivingUnitName, Instant submittedAt,
                            Instant expectedAppointment, boolean partialOnline, List<Original> originals,
                            List<FeeLine> fees, long feesTotal, String returnMethod, String postalAddress) {

        public boolean hasFees() {
            return feesTotal > 0;
        }

        /** The confirmation as the JSON body the filing API answers with. */
        public String toJson() {
            var json = Json.createObjectBuilder()
                    .add("code", code)
                    .add("status", status)
                    .add("procedureCode", procedureCode)
                    .add("receivingUnitCode", receivingUnitCode)
                    .add("submittedAt", submittedAt.toString())
                    .add("expectedAppointment", expectedAppointment.toString())
                    .add("expectedAppointmentNote", "Ngày hẹn dự kiến nếu hồ sơ được Bộ phận Một cửa tiếp nhận đầy đủ "
                            + "ngay bây giờ; thời hạn giải quyết tính từ khi tiếp nhận hồ sơ đầy đủ, hợp lệ")
                    .add("returnMethod", returnMethod)
                    .add("feesTotal", feesTotal)
                    .add("partialOnline", partialOnline);
            var papers = Json.createArrayBuilder();
            originals.forEach(o -> papers.add(Json.createObjectBuilder().add("name", o.name())
                    .add("originals", o.originals()).add("copies", o.copies())));
            json.add("originalsToBring", papers);
            json.add("links", Json.createObjectBuilder().add("self", "/api/v1/dossiers/" + code));
            return json.build().toString();
        }
    }

    @Inject
    DossierRepository dossiers;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    /** The confirmation of a dossier for its applicant. */
    @Transactional
    public Confirmed of(Actor applicant, String code) {
        DossierCode dossierCode;
        try {
            dossierCode = new DossierCode(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no dossier " + code);
        }
        Dossier dossier = dossiers.findByCode(dossierCode)
                .orElseThrow(() -> new NotFoundException("dossier " + code + " does not exist"));
        if (applicant.accountId() == null || !applicant.accountId().equals(dossier.getApplicantAccountId())) {
            throw new AccessDeniedException("dossier " + code + " belongs to another applicant");
        }
        return of(dossier);
    }

    /** The confirmation of a dossier just filed, in the filing's transaction. */
    Confirmed of(Dossier dossier) {
        ProcedureVersion version = dossier.getProcedureVersion();
        boolean partial = version.getProcedure().getOnlineLevel() == OnlineLevel.PARTIAL_ONLINE;
        List<Original> originals = new ArrayList<>();
        if (partial) {
            for (Component component : version.getComponents()) {
                if (component.requirement() != Requirement.OPTIONAL
                        && (component.originals() > 0 || component.requirement() == Requirement.SHOWN_ONLY)) {
                    originals.add(new Original(component.name(), Math.max(1, component.originals()),
                            component.copies()));
                }
            }
        }
        List<FeeLine> fees = new ArrayList<>();
        long total = 0;
        for (Fee fee : version.getFees()) {
            long amount = fee.amountFor(FilingChannel.ONLINE);
            fees.add(new FeeLine(fee.kind().name(), fee.description(), amount, fee.exemption()));
            total += amount;
        }
        Instant expected = calendars.dueOf(dossier.getReceivingUnit().getCode(), version, FilingChannel.ONLINE,
                clock.instant());
        return new Confirmed(dossier.getCode().value(), dossier.getStatus().name(),
                version.getProcedure().getCode(), version.getProcedure().getName(),
                dossier.getReceivingUnit().getCode(), dossier.getReceivingUnit().getName(), dossier.getSubmittedAt(),
                expected, partial, originals, fees, total,
                dossier.getRequestedReturn() == null ? null : dossier.getRequestedReturn().name(),
                dossier.getPostalAddress());
    }
}
