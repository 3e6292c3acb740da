package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.platform.database.Counters;

/**
 * Hands out dossier codes from a per-agency, per-day counter: unique across nodes and gap-free (see
 * {@link Counters}).
 */
@ApplicationScoped
public class DossierCodeSequence {

    private static final Counters.Counter CODES =
            new Counters.Counter("dossier_code_sequence", "agency_code", "sequence_day", "last_value");

    @Inject
    Counters counters;

    public DossierCode next(String agencyCode, LocalDate day) {
        return DossierCode.of(agencyCode, day, counters.next(CODES, agencyCode, day));
    }
}
