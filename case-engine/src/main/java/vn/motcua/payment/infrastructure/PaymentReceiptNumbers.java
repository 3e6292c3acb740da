package vn.motcua.payment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.platform.database.Counters;

/**
 * Hands out electronic receipt numbers from each agency's register of the year: unique across nodes, gap-free,
 * restarting at 1 each year (see {@link Counters}); a series of its own, apart from the desk's paper receipts.
 */
@ApplicationScoped
public class PaymentReceiptNumbers {

    private static final Counters.Counter REGISTER =
            new Counters.Counter("payment_receipt_register", "agency_code", "receipt_year", "last_number");

    @Inject
    Counters counters;

    /** The next number of {@code agencyCode}'s e-receipt register of {@code year}, in the caller's transaction. */
    public int next(String agencyCode, int year) {
        return counters.next(REGISTER, agencyCode, year);
    }
}
