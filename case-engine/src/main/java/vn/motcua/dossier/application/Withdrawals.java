package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.identity.Actor;
import vn.motcua.platform.transactions.RetriedOnConflict;

/**
 * The applicant withdraws their own dossier online, with a reason: the same path as a withdrawal the desk records
 * ({@link WithdrawalRequests}), ending with the stop notice (form 05).
 */
@ApplicationScoped
@RetriedOnConflict
public class Withdrawals {

    private static final Logger LOG = Logger.getLogger(Withdrawals.class.getName());

    @Inject
    ApplicantDossiers applicantDossiers;

    @Inject
    WithdrawalRequests requests;

    @Transactional
    public void withdraw(Actor citizen, String code, String reason) {
        Dossier dossier = applicantDossiers.owned(citizen, code);
        requests.request(dossier, citizen, reason);
        LOG.info(() -> "Dossier " + code + ": the applicant asked to withdraw it online");
    }
}
