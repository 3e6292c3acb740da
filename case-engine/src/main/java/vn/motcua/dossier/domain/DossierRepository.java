package vn.motcua.dossier.domain;

import java.util.List;
import java.util.Optional;

public interface DossierRepository {

    void add(Dossier dossier);

    Optional<Dossier> findByCode(DossierCode code);

    Optional<Dossier> findById(long id);

    List<Dossier> findByApplicantAccount(long accountId, int limit);
}
