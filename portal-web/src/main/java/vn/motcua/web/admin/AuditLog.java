package vn.motcua.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import vn.motcua.audit.application.AuditEntryView;
import vn.motcua.audit.application.AuditQueries;
import vn.motcua.audit.application.AuditVerification;
import vn.motcua.audit.domain.ChainVerification;
import vn.motcua.web.security.CurrentActor;

/** The administrator's view of the audit trail: the latest entries a page at a time, and the chain verification. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    @Inject
    AuditQueries queries;

    @Inject
    AuditVerification verification;

    @Inject
    CurrentActor currentActor;

    /** The upper bounds (exclusive) of the pages already seen, to page back; null is the newest page. */
    private final Deque<Long> previousPages = new ArrayDeque<>();
    private Long pageBefore;
    private transient List<AuditEntryView> entries;
    private transient ChainVerification result;

    public List<AuditEntryView> getEntries() {
        if (entries == null) {
            entries = queries.latest(currentActor.actor(), pageBefore, PAGE_SIZE);
        }
        return entries;
    }

    public boolean isHasOlder() {
        List<AuditEntryView> page = getEntries();
        return page.size() == PAGE_SIZE && page.get(page.size() - 1).sequence() > 1;
    }

    public boolean isHasNewer() {
        return pageBefore != null;
    }

    public void older() {
        List<AuditEntryView> page = getEntries();
        if (page.isEmpty()) {
            return;
        }
        previousPages.push(pageBefore == null ? Long.MAX_VALUE : pageBefore);
        pageBefore = page.get(page.size() - 1).sequence();
        entries = null;
    }

    public void newer() {
        Long before = previousPages.isEmpty() ? Long.MAX_VALUE : previousPages.pop();
        pageBefore = before == Long.MAX_VALUE ? null : before;
        entries = null;
    }

    public void verify() {
        result = verification.verify(currentActor.actor());
    }

    public ChainVerification getResult() {
        return result;
    }
}
