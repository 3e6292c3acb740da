package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @Inject
    EntityManager em;

    /** The account a person signs in to by typing its user name or, for a citizen, its e-mail address. */
    public Optional<UserAccount> findBySignInName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<UserAccount> byUsername = findByUsername(name.strip());
        return byUsername.isPresent() ? byUsername : findCitizenByEmail(name);
    }

    /** The citizen account registered with an e-mail address (compared in lower case). */
    public Optional<UserAccount> findCitizenByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        // The roles come with the account: sign-in reads them outside any transaction.
        return em.createQuery("""
                        select distinct a from UserAccount a
                        left join fetch a.roles r left join fetch r.unit
                        where a.email = :email and a.kind = :kind order by a.id""", UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .setParameter("kind", AccountKind.CITIZEN)
                .getResultStream()
                .findFirst();
    }

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
