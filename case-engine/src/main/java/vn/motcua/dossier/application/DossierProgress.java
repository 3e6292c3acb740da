package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.Actor;

/**
 * Steps the system takes on its own, called by the engine's async jobs and timers (each in the job's JTA
 * transaction: if the step fails, its writes roll back and the job is retried).
 */
@ApplicationScoped
public class DossierProgress {

    private static final Logger LOG = Logger.getLogger(DossierProgress.class.getName());

    @Inject
    LegalTime legalTime;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierEvents events;

    @Inject
    Clock clock;

    @Transactional
    public void publishResult(long dossierId) {
        Dossier dossier = load(dossierId);
        dossier.markResultReady(clock.instant());
        legalTime.finish(dossier, dossier.getResultReadyAt());
        events.announce(dossier, Actor.SYSTEM);
        LOG.info(() -> "Dossier " + dossier.getCode() + ": result ready");
    }

    @Transactional
    public void remindDesk(long dossierId) {
        Dossier dossier = load(dossierId);
        dossier.recordIntakeReminder(clock.instant());
        events.announce(dossier, Actor.SYSTEM);
        LOG.info(() -> "Dossier " + dossier.getCode() + ": desk reminded of pending intake");
    }

    /** The time limit of a supplement request passed without the supplement: the dossier is closed. */
    @Transactional
    public void closeWithoutSupplement(long dossierId) {
        Dossier dossier = load(dossierId);
        dossier.closeWithoutSupplement(clock.instant());
        legalTime.stop(dossier, clock.instant());
        events.announce(dossier, Actor.SYSTEM);
        LOG.info(() -> "Dossier " + dossier.getCode() + ": closed, supplement not provided in time");
    }

    /** The time limit of the fee passed without payment: the dossier is closed. */
    @Transactional
    public void closeUnpaid(long dossierId) {
        Dossier dossier = load(dossierId);
        dossier.closeUnpaid(clock.instant());
        legalTime.stop(dossier, clock.instant());
        events.announce(dossier, Actor.SYSTEM);
        LOG.info(() -> "Dossier " + dossier.getCode() + ": closed, fee not paid in time");
    }

    /** A consulted unit that stayed silent past its due time is deemed to give the default outcome. */
    @Transactional
    public void defaultConsultation(long dossierId, String unitCode) {
        Dossier dossier = load(dossierId);
        consultations.openOf(dossierId, unitCode).ifPresent(c -> {
            c.deemDefault(clock.instant());
            dossier.recordConsultation(unitCode, c.getAnswer(), true, "system", clock.instant());
            events.announce(dossier, Actor.SYSTEM);
        });
    }

    /** The process withdrew the dossier at the applicant's request: everything open is cancelled. */
    @Transactional
    public void stopOnWithdrawal(long dossierId, String requestedBy, String reason) {
        Dossier dossier = load(dossierId);
        if (dossier.getStatus() != vn.motcua.dossier.domain.DossierStatus.WITHDRAWN) {
            dossier.withdraw(requestedBy == null ? "system" : requestedBy, clock.instant(), reason);
            legalTime.stop(dossier, clock.instant());
            events.announce(dossier, Actor.SYSTEM);
        }
        LOG.info(() -> "Dossier " + dossier.getCode() + ": withdrawn, stop notice issued");
    }

    /** The apology was signed: the one extension goes on the legal clock with the new due time it announced. */
    @Transactional
    public void recordExtension(long dossierId, String leader, java.util.Date newDue, String reason) {
        Dossier dossier = load(dossierId);
        legalTime.extend(dossier, newDue == null ? null : newDue.toInstant(), reason, leader == null ? "system" : leader);
        events.announce(dossier, Actor.SYSTEM);
    }

    /** A consulted unit is reminded that its opinion is due soon. */
    @Transactional
    public void remindConsultedUnit(long dossierId, String unitCode) {
        Dossier dossier = load(dossierId);
        consultations.openOf(dossierId, unitCode).ifPresent(c -> notices.remindUnit(dossier.getId(),
                vn.motcua.workflow.ProcessContract.Steps.CONSULTATION_ANSWERS, unitCode));
    }

    @Inject
    vn.motcua.notification.application.StepDeadlineNotices notices;

    @Inject
    Consultations consultations;

    private Dossier load(long dossierId) {
        return dossiers.findById(dossierId)
                .orElseThrow(() -> new NotFoundException("dossier " + dossierId + " not found"));
    }
}
