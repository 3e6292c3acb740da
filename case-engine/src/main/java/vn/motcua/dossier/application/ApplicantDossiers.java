package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/** Finds a dossier for its applicant: the citizen account that filed it, nobody else. */
@ApplicationScoped
public class ApplicantDossiers {

    @Inject
    DossierRepository dossiers;

    /**
     * @throws NotFoundException     when there is no dossier with the code
     * @throws AccessDeniedException when the actor is not the dossier's applicant
     */
    public Dossier owned(Actor citizen, String code) {
        Dossier dossier;
        try {
            dossier = dossiers.findByCode(new DossierCode(code))
                    .orElseThrow(() -> new NotFoundException("no dossier " + code));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("no dossier " + code);
        }
        if (!citizen.hasRole(Role.CITIZEN) || citizen.accountId() == null
                || !citizen.accountId().equals(dossier.getApplicantAccountId())) {
            throw new AccessDeniedException("only the applicant acts on dossier " + code);
        }
        return dossier;
    }
}
