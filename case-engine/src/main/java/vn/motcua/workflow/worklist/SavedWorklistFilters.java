package vn.motcua.workflow.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import vn.motcua.dossier.application.NotFoundException;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;

/** An official's saved worklist filters: save (replacing one of the same name), list, delete; each their own. */
@ApplicationScoped
public class SavedWorklistFilters {

    public static final int MAX_NAME = 100;
    public static final int MAX_TEXT = 100;
    public static final int MAX_PER_ACCOUNT = 50;

    /** A saved filter as pages see it. */
    public record SavedFilterView(long id, String name, WorklistFilter filter) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public SavedFilterView save(Actor official, String name, WorklistFilter filter) {
        long account = accountOf(official);
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("Cần đặt tên cho bộ lọc");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw new InvalidRequestException("Tên bộ lọc dài tối đa " + MAX_NAME + " ký tự");
        }
        if (filter == null) {
            throw new InvalidRequestException("Không có bộ lọc để lưu");
        }
        if (filter.text() != null && filter.text().length() > MAX_TEXT) {
            throw new InvalidRequestException("Từ khóa tìm kiếm dài tối đa " + MAX_TEXT + " ký tự");
        }
        SavedWorklistFilter saved = em.createQuery("""
                        select f from SavedWorklistFilter f where f.accountId = :account and f.name = :name""",
                        SavedWorklistFilter.class)
                .setParameter("account", account).setParameter("name", trimmed)
                .getResultStream().findFirst().orElse(null);
        if (saved == null) {
            if (mine(account).size() >= MAX_PER_ACCOUNT) {
                throw new InvalidRequestException("Mỗi tài khoản lưu tối đa " + MAX_PER_ACCOUNT + " bộ lọc");
            }
            saved = new SavedWorklistFilter(account, trimmed, filter, clock.instant());
            em.persist(saved);
            em.flush();
        } else {
            saved.replaceWith(filter, clock.instant());
        }
        return view(saved);
    }

    @Transactional
    public List<SavedFilterView> list(Actor official) {
        if (official.accountId() == null) {
            return List.of();
        }
        return mine(official.accountId()).stream().map(SavedWorklistFilters::view).toList();
    }

    /** Deletes one of the official's own filters; another's is as good as missing. */
    @Transactional
    public void delete(Actor official, long id) {
        long account = accountOf(official);
        SavedWorklistFilter saved = em.find(SavedWorklistFilter.class, id);
        if (saved == null || saved.getAccountId() != account) {
            throw new NotFoundException("no saved filter " + id);
        }
        em.remove(saved);
    }

    private List<SavedWorklistFilter> mine(long account) {
        return em.createQuery("""
                        select f from SavedWorklistFilter f where f.accountId = :account order by f.name, f.id""",
                        SavedWorklistFilter.class)
                .setParameter("account", account).getResultList();
    }

    private static long accountOf(Actor official) {
        if (official.accountId() == null) {
            throw new AccessDeniedException("only a signed-in account may keep saved filters");
        }
        return official.accountId();
    }

    private static SavedFilterView view(SavedWorklistFilter saved) {
        return new SavedFilterView(saved.getId(), saved.getName(), saved.filter());
    }
}
