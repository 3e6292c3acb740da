package vn.motcua.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.platform.time.BusinessTime;

/**
 * Stand-ins (người được ủy quyền xử lý thay): naming and revoking them, audited, and answering who acts for whom on
 * a day. An official can name their own stand-in; an administrator can name one for anybody.
 */
@ApplicationScoped
public class StandIns {

    public static final String AUDIT_OBJECT = "STAND_IN";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public StandInView name(Actor actor, String absentUsername, String deputyUsername, LocalDate from, LocalDate to,
                            String reason) {
        if (!actor.hasRole(Role.ADMIN) && !actor.username().equals(absentUsername)) {
            throw new AccessDeniedException("only the absent official or an administrator can name a stand-in");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Cần ghi lý do (ví dụ: nghỉ phép, đi công tác)");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidRequestException("Thời gian ủy quyền không hợp lệ: ngày kết thúc phải từ ngày bắt đầu trở đi");
        }
        if (to.isBefore(BusinessTime.today(clock))) {
            throw new InvalidRequestException("Không thể ủy quyền cho thời gian đã qua");
        }
        if (absentUsername.equals(deputyUsername)) {
            throw new InvalidRequestException("Không thể tự ủy quyền cho chính mình");
        }
        UserAccount absent = official(absentUsername);
        UserAccount deputy = official(deputyUsername);
        boolean busy = em.createQuery("select s from StandIn s where s.absent = :absent and s.revokedAt is null",
                        StandIn.class)
                .setParameter("absent", absent).getResultStream().anyMatch(s -> s.overlaps(from, to));
        if (busy) {
            throw new InvalidRequestException("Cán bộ " + absent.getDisplayName()
                    + " đã có người xử lý thay trong một phần thời gian này");
        }
        boolean deputyAway = em.createQuery("select s from StandIn s where s.absent = :deputy and s.revokedAt is null",
                        StandIn.class)
                .setParameter("deputy", deputy).getResultStream().anyMatch(s -> s.overlaps(from, to));
        if (deputyAway) {
            throw new InvalidRequestException("Cán bộ " + deputy.getDisplayName()
                    + " cũng vắng mặt trong thời gian này và không thể xử lý thay");
        }
        StandIn standIn = new StandIn(absent, deputy, from, to, reason.trim(), actor.username(), clock.instant());
        em.persist(standIn);
        em.flush();
        audit.record(actor, new AuditedChange("STAND_IN_NAMED", AUDIT_OBJECT, absentUsername, null, null,
                deputyUsername + " xử lý thay từ " + from + " đến " + to, reason.trim()));
        return StandInView.of(standIn);
    }

    @Transactional
    public void revoke(Actor actor, long standInId, String reason) {
        StandIn standIn = em.find(StandIn.class, standInId);
        if (standIn == null || standIn.getRevokedAt() != null) {
            throw new InvalidRequestException("Không tìm thấy ủy quyền đang có hiệu lực số " + standInId);
        }
        if (!actor.hasRole(Role.ADMIN) && !actor.username().equals(standIn.getAbsent().getUsername())) {
            throw new AccessDeniedException("only the absent official or an administrator can revoke a stand-in");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Cần ghi lý do hủy ủy quyền");
        }
        standIn.revoke(clock.instant());
        audit.record(actor, new AuditedChange("STAND_IN_REVOKED", AUDIT_OBJECT, standIn.getAbsent().getUsername(),
                null, standIn.getDeputy().getUsername() + " xử lý thay", "đã hủy", reason.trim()));
    }

    /** Who stands in for an official today, if anybody. */
    @Transactional
    public Optional<String> deputyOf(String username) {
        LocalDate today = BusinessTime.today(clock);
        return em.createQuery("""
                        select s from StandIn s join fetch s.deputy where s.absent.username = :username
                        and s.revokedAt is null and s.validFrom <= :day and s.validTo >= :day""", StandIn.class)
                .setParameter("username", username)
                .setParameter("day", today)
                .getResultStream()
                .findFirst()
                .map(s -> s.getDeputy().getUsername());
    }

    /** The officials an official stands in for today. */
    @Transactional
    public List<UserAccount> coveredBy(String username) {
        LocalDate today = BusinessTime.today(clock);
        return em.createQuery("""
                        select distinct a from StandIn s join s.absent a left join fetch a.roles r left join fetch r.unit
                        where s.deputy.username = :username and s.revokedAt is null
                        and s.validFrom <= :day and s.validTo >= :day""", UserAccount.class)
                .setParameter("username", username)
                .setParameter("day", today)
                .getResultList();
    }

    @Transactional
    public List<StandInView> current() {
        LocalDate today = BusinessTime.today(clock);
        return em.createQuery("""
                        select s from StandIn s join fetch s.absent join fetch s.deputy
                        where s.validTo >= :day order by s.validFrom, s.id""", StandIn.class)
                .setParameter("day", today)
                .getResultStream().map(StandInView::of).toList();
    }

    private UserAccount official(String username) {
        UserAccount account = em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidRequestException("Không có tài khoản " + username));
        if (account.getKind() != AccountKind.OFFICIAL || !account.isActive()) {
            throw new InvalidRequestException("Tài khoản " + username + " không phải cán bộ đang làm việc");
        }
        return account;
    }
}
