package vn.motcua.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.results.DocumentNumbers;

/** Takes document numbers the way an issuing use case does: one transaction each, or one that then fails. */
@ApplicationScoped
public class NumberTaker {

    @Inject
    DocumentNumbers numbers;

    @Transactional
    public int take(String agencyCode, int year) {
        return numbers.next(agencyCode, year);
    }

    @Transactional
    public void takeAndFail(String agencyCode, int year) {
        numbers.next(agencyCode, year);
        throw new IllegalStateException("the issuance failed after taking its number");
    }
}
