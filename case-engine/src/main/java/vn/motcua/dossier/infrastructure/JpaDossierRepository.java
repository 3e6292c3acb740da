package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;

@ApplicationScoped
public class JpaDossierRepository implements DossierRepository {

    @Inject
    EntityManager em;

    @Override
    public void add(Dossier dossier) {
        em.persist(dossier);
        em.flush();
    }

    @Override
    public Optional<Dossier> findByCode(DossierCode code) {
        return em.createQuery("select d from Dossier d where d.code = :code", Dossier.class)
                .setParameter("code", code.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Dossier> findById(long id) {
        return Optional.ofNullable(em.find(Dossier.class, id));
    }

    @Override
    public Map<Long, Dossier> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from Dossier d where d.id in :ids", Dossier.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Dossier::getId, Function.identity()));
    }

    @Override
    public List<Dossier> findByApplicantAccount(long accountId, int limit) {
        return em.createQuery("select d from Dossier d where d.applicantAccountId = :account order by d.id desc",
                        Dossier.class)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultList();
    }
}
