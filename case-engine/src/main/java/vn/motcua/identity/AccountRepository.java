package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @Inject
    EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("""
                        select distinct a from UserAccount a
                        left join fetch a.roles r left join fetch r.unit
                        where a.username = :username""", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
