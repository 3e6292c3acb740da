package vn.motcua.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.database.Counters;

/**
 * Hands out document numbers from each agency's register of the year: two clerks issuing at the same moment, on one
 * node or on two, get different numbers, and a rolled-back issuance gives its number back (see {@link Counters}).
 */
@ApplicationScoped
public class DocumentNumbers {

    private static final Counters.Counter REGISTER =
            new Counters.Counter("document_number_register", "agency_code", "register_year", "last_number");

    @Inject
    Counters counters;

    /** The next number of {@code agencyCode}'s register of {@code year}, in the caller's transaction. */
    public int next(String agencyCode, int year) {
        return counters.next(REGISTER, agencyCode, year);
    }
}
