package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingCalendars;
import vn.motcua.dossier.domain.Consultation;
import vn.motcua.dossier.domain.Dossier;

/**
 * The consultations of dossiers: opened when a specialist asks units for their opinion, each due after the working
 * days the specialist allows (default {@value #DEFAULT_DAYS}), with a reminder one working day before (or half-way
 * for a one-day consultation).
 */
@ApplicationScoped
public class Consultations {

    /** Working days a consulted unit has when the specialist sets none (construction-agency opinions: 3 days). */
    public static final int DEFAULT_DAYS = 3;

    @Inject
    EntityManager em;

    @Inject
    WorkingCalendars calendars;

    List<Consultation> open(Dossier dossier, List<String> unitCodes, String question, int workingDays, String by,
                            Instant at) {
        WorkingCalendar calendar = calendars.forUnit(dossier.getReceivingUnit().getCode());
        Instant due = calendar.plusWorkingTime(at, WorkingCalendar.WORKING_DAY.multipliedBy(workingDays));
        Instant remind = workingDays > 1
                ? calendar.plusWorkingTime(at, WorkingCalendar.WORKING_DAY.multipliedBy(workingDays - 1L))
                : calendar.plusWorkingTime(at, WorkingCalendar.WORKING_DAY.dividedBy(2));
        return unitCodes.stream().map(unit -> {
            Consultation c = new Consultation(dossier.getId(), unit, question, by, at, remind, due);
            em.persist(c);
            return c;
        }).toList();
    }

    /** The open consultation of a unit on a dossier (the latest, when the unit was asked again). */
    public Optional<Consultation> openOf(long dossierId, String unitCode) {
        return em.createQuery("""
                        select c from Consultation c where c.dossierId = :d and c.unitCode = :u
                        and c.state = :open order by c.id desc""", Consultation.class)
                .setParameter("d", dossierId).setParameter("u", unitCode)
                .setParameter("open", Consultation.State.OPEN).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public List<Consultation> ofDossier(long dossierId) {
        return em.createQuery("select c from Consultation c where c.dossierId = :d order by c.id", Consultation.class)
                .setParameter("d", dossierId).getResultList();
    }

}
