package vn.motcua.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.motcua.dossier.domain.CounterRecords;
import vn.motcua.dossier.domain.FeeReceipt;
import vn.motcua.dossier.domain.ReceivedComponent;

@ApplicationScoped
public class JpaCounterRecords implements CounterRecords {

    @Inject
    EntityManager em;

    @Override
    public void add(ReceivedComponent component) {
        em.persist(component);
    }

    @Override
    public void add(FeeReceipt receipt) {
        em.persist(receipt);
    }

    @Override
    public boolean referenced(long documentId) {
        return !em.createQuery("select c.id from ReceivedComponent c where c.documentId = :id", Long.class)
                .setParameter("id", documentId).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<ReceivedComponent> componentsOf(long dossierId) {
        return em.createQuery("select c from ReceivedComponent c where c.dossierId = :id order by c.position",
                ReceivedComponent.class).setParameter("id", dossierId).getResultList();
    }

    @Override
    public List<FeeReceipt> receiptsOf(long dossierId) {
        return em.createQuery("select r from FeeReceipt r where r.dossierId = :id order by r.id", FeeReceipt.class)
                .setParameter("id", dossierId).getResultList();
    }
}
