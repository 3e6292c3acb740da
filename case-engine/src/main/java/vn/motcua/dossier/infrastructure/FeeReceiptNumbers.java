package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.database.Counters;

/**
 * Hands out fee receipt numbers from each agency's register of the year: unique across nodes, gap-free, restarting
 * at 1 each year; a refused intake gives its number back (see {@link Counters}).
 */
@ApplicationScoped
public class FeeReceiptNumbers {

    private static final Counters.Counter REGISTER =
            new Counters.Counter("fee_receipt_register", "agency_code", "receipt_year", "last_number");

    @Inject
    Counters counters;

    /** The next number of {@code agencyCode}'s receipt register of {@code year}, in the caller's transaction. */
    public int next(String agencyCode, int year) {
        return counters.next(REGISTER, agencyCode, year);
    }
}
