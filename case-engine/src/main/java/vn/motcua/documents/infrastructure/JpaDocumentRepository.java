package vn.motcua.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.motcua.documents.domain.Document;
import vn.motcua.documents.domain.DocumentRepository;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @Inject
    EntityManager em;

    protected JpaDocumentRepository() {
    }

    /** For use without a container (tests): rows go through this entity manager. */
    public JpaDocumentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Document document) {
        em.persist(document);
        em.flush();
    }

    @Override
    public Optional<Document> findById(long id) {
        return Optional.ofNullable(em.find(Document.class, id));
    }
}
