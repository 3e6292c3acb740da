package vn.motcua.dossier.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface DossierRepository {

    void add(Dossier dossier);

    Optional<Dossier> findByCode(DossierCode code);

    Optional<Dossier> findById(long id);

    /** The dossiers with these ids, by id (one query, for lists). */
    Map<Long, Dossier> findByIds(Collection<Long> ids);

    List<Dossier> findByApplicantAccount(long accountId, int limit);
}
