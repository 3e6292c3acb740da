package vn.motcua.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.audit.application.AuditTrail;
import vn.motcua.audit.application.AuditedChange;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.identity.Role;

/**
 * The organisation tree as of any date, and the administrator's changes to it: new units, corrections, closing a
 * unit with its successors, desks. Every change is validated (code shape and uniqueness, parent in force over the
 * unit's period, no overlapping desks) and audited.
 */
@ApplicationScoped
public class Organisation {

    public static final String AUDIT_OBJECT = "ORG_UNIT";

    /** Electronic agency code, {@code XXX.YY.ZZ.Hnn} (ministries {@code G..}), Decision 20/2020/QĐ-TTg. */
    public static final Pattern AGENCY_CODE = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[GH]\\d{2}");

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Units in force on a day, optionally of one level, by level then name. */
    @Transactional
    public List<UnitView> unitsOn(LocalDate day, UnitLevel level) {
        List<OrgUnit> found = em.createQuery("""
                        select u from OrgUnit u left join fetch u.parent
                        where u.validFrom <= :day and (u.validTo is null or u.validTo >= :day)
                        and (:level is null or u.level = :level)""", OrgUnit.class)
                .setParameter("day", day)
                .setParameter("level", level)
                .getResultList();
        return views(found.stream()
                .sorted(Comparator.comparing(OrgUnit::getLevel).thenComparing(OrgUnit::getName)).toList());
    }

    /** Every unit that ever existed, for the administration pages. */
    @Transactional
    public List<UnitView> allUnits() {
        return views(em.createQuery("select u from OrgUnit u left join fetch u.parent order by u.code", OrgUnit.class)
                .getResultList());
    }

    @Transactional
    public Optional<UnitView> unit(String code) {
        return em.createQuery("select u from OrgUnit u left join fetch u.parent where u.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultStream().findFirst().map(u -> views(List.of(u)).get(0));
    }

    private List<UnitView> views(List<OrgUnit> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        List<Long> ids = units.stream().map(OrgUnit::getId).toList();
        Map<Long, List<UnitView.Link>> successors = new HashMap<>();
        Map<Long, List<UnitView.Link>> predecessors = new HashMap<>();
        em.createQuery("""
                        select s from UnitSuccession s join fetch s.predecessor join fetch s.successor
                        where s.predecessor.id in :ids or s.successor.id in :ids""", UnitSuccession.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(s -> {
                    successors.computeIfAbsent(s.getPredecessor().getId(), k -> new ArrayList<>()).add(
                            new UnitView.Link(s.getSuccessor().getCode(), s.getSuccessor().getName(),
                                    s.getEffectiveOn(), s.getNote()));
                    predecessors.computeIfAbsent(s.getSuccessor().getId(), k -> new ArrayList<>()).add(
                            new UnitView.Link(s.getPredecessor().getCode(), s.getPredecessor().getName(),
                                    s.getEffectiveOn(), s.getNote()));
                });
        Map<Long, List<UnitView.Desk>> desks = new HashMap<>();
        em.createQuery("select d from ServiceDesk d where d.unit.id in :ids order by d.id", ServiceDesk.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(d -> desks.computeIfAbsent(d.getUnit().getId(), k -> new ArrayList<>()).add(
                        new UnitView.Desk(d.getName(), d.getAddress(), d.getPhone(), d.getValidFrom(),
                                d.getValidTo())));
        Comparator<UnitView.Link> byCode = Comparator.comparing(UnitView.Link::code);
        return units.stream().map(u -> new UnitView(u.getCode(), u.getName(), u.getShortName(), u.getLevel().name(),
                u.getParent() == null ? null : u.getParent().getCode(),
                u.getParent() == null ? null : u.getParent().getName(), u.getValidFrom(), u.getValidTo(),
                u.isCodeVerified(), u.getAddress(), u.getSource(),
                successors.getOrDefault(u.getId(), List.of()).stream().sorted(byCode).toList(),
                predecessors.getOrDefault(u.getId(), List.of()).stream().sorted(byCode).toList(),
                desks.getOrDefault(u.getId(), List.of()))).toList();
    }

    /** What an administrator enters for a unit. */
    public record UnitDraft(String code, String name, String shortName, UnitLevel level, String parentCode,
                            LocalDate validFrom, LocalDate validTo, String address, boolean codeVerified,
                            String source) {
    }

    @Transactional
    public void create(Actor admin, UnitDraft draft) {
        admin.requireAdmin("change the organisation tree");
        if (draft.code() == null || !AGENCY_CODE.matcher(draft.code()).matches()) {
            throw new InvalidRequestException("Mã định danh phải có dạng XXX.YY.ZZ.Hnn, ví dụ 000.00.01.H12");
        }
        if (find(draft.code()).isPresent()) {
            throw new InvalidRequestException("Mã định danh " + draft.code() + " đã được dùng");
        }
        OrgUnit parent = checked(draft);
        OrgUnit unit = new OrgUnit(draft.code(), draft.name().trim(), draft.level(), parent, draft.validFrom(),
                draft.validTo());
        unit.describe(draft.name().trim(), blankToNull(draft.shortName()), blankToNull(draft.address()),
                draft.codeVerified(), blankToNull(draft.source()));
        em.persist(unit);
        em.flush();
        audit.record(admin, new AuditedChange("UNIT_CREATED", AUDIT_OBJECT, draft.code(), draft.code(), null,
                summary(unit), null));
    }

    @Transactional
    public void update(Actor admin, UnitDraft draft) {
        admin.requireAdmin("change the organisation tree");
        OrgUnit unit = find(draft.code())
                .orElseThrow(() -> new InvalidRequestException("Không có đơn vị mã " + draft.code()));
        if (unit.getLevel() != draft.level()) {
            throw new InvalidRequestException("Không đổi cấp của đơn vị; hãy đóng đơn vị và tạo đơn vị kế thừa");
        }
        OrgUnit parent = checked(draft);
        if (parent != null && isDescendantOrSelf(parent, unit)) {
            throw new InvalidRequestException("Đơn vị cấp trên không thể là chính đơn vị hoặc đơn vị trực thuộc của nó");
        }
        String before = summary(unit);
        unit.describe(draft.name().trim(), blankToNull(draft.shortName()), blankToNull(draft.address()),
                draft.codeVerified(), blankToNull(draft.source()));
        unit.move(parent, draft.validFrom(), draft.validTo());
        audit.record(admin, new AuditedChange("UNIT_UPDATED", AUDIT_OBJECT, draft.code(), draft.code(), before,
                summary(unit), null));
    }

    /**
     * Closes a unit on its last day and names the units that take over from the next day; units under it must be
     * closed or moved first.
     */
    @Transactional
    public void close(Actor admin, String code, LocalDate lastDay, List<String> successorCodes, String note) {
        admin.requireAdmin("change the organisation tree");
        OrgUnit unit = find(code).orElseThrow(() -> new InvalidRequestException("Không có đơn vị mã " + code));
        if (lastDay == null || lastDay.isBefore(unit.getValidFrom())) {
            throw new InvalidRequestException("Ngày kết thúc hoạt động phải từ ngày thành lập trở đi");
        }
        if (successorCodes == null || successorCodes.isEmpty()) {
            throw new InvalidRequestException("Cần chỉ định ít nhất một đơn vị kế thừa");
        }
        long openChildren = em.createQuery("""
                        select count(u) from OrgUnit u where u.parent = :unit
                        and (u.validTo is null or u.validTo > :day)""", Long.class)
                .setParameter("unit", unit).setParameter("day", lastDay).getSingleResult();
        if (openChildren > 0) {
            throw new InvalidRequestException("Còn " + openChildren + " đơn vị trực thuộc hoạt động sau ngày "
                    + lastDay + "; hãy đóng hoặc chuyển các đơn vị đó trước");
        }
        LocalDate effective = lastDay.plusDays(1);
        unit.closeOn(lastDay);
        for (String successorCode : successorCodes) {
            OrgUnit successor = find(successorCode)
                    .orElseThrow(() -> new InvalidRequestException("Không có đơn vị kế thừa mã " + successorCode));
            if (!successor.isValidOn(effective)) {
                throw new InvalidRequestException("Đơn vị kế thừa " + successor.getName() + " không hoạt động vào ngày "
                        + effective);
            }
            if (successor.getId().equals(unit.getId())) {
                throw new InvalidRequestException("Đơn vị không thể tự kế thừa");
            }
            em.persist(new UnitSuccession(unit, successor, effective, blankToNull(note)));
        }
        em.flush();
        audit.record(admin, new AuditedChange("UNIT_CLOSED", AUDIT_OBJECT, code, code, null,
                "hoạt động đến " + lastDay + "; kế thừa: " + String.join(", ", successorCodes), note));
    }

    @Transactional
    public void addDesk(Actor admin, String unitCode, String name, String address, String phone, LocalDate from) {
        admin.requireAdmin("change the organisation tree");
        OrgUnit unit = find(unitCode).orElseThrow(() -> new InvalidRequestException("Không có đơn vị mã " + unitCode));
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("Cần nhập tên bộ phận tiếp nhận");
        }
        if (from == null || !unit.isValidOn(from)) {
            throw new InvalidRequestException("Bộ phận tiếp nhận phải bắt đầu trong thời gian đơn vị hoạt động");
        }
        em.persist(new ServiceDesk(unit, name.trim(), blankToNull(address), blankToNull(phone), from,
                unit.getValidTo()));
        em.flush();
        audit.record(admin, new AuditedChange("DESK_ADDED", AUDIT_OBJECT, unitCode, unitCode, null, name.trim(), null));
    }

    private OrgUnit checked(UnitDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidRequestException("Cần nhập tên đơn vị");
        }
        if (draft.level() == null) {
            throw new InvalidRequestException("Cần chọn cấp của đơn vị");
        }
        if (draft.validFrom() == null || (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom()))) {
            throw new InvalidRequestException("Thời gian hoạt động không hợp lệ: ngày kết thúc phải từ ngày bắt đầu trở đi");
        }
        if (draft.parentCode() == null || draft.parentCode().isBlank()) {
            if (draft.level() != UnitLevel.PROVINCE) {
                throw new InvalidRequestException("Đơn vị không phải cấp tỉnh phải có đơn vị cấp trên");
            }
            return null;
        }
        OrgUnit parent = find(draft.parentCode())
                .orElseThrow(() -> new InvalidRequestException("Không có đơn vị cấp trên mã " + draft.parentCode()));
        boolean covered = !draft.validFrom().isBefore(parent.getValidFrom()) && (parent.getValidTo() == null
                || (draft.validTo() != null && !draft.validTo().isAfter(parent.getValidTo())));
        if (!covered) {
            throw new InvalidRequestException("Thời gian hoạt động phải nằm trong thời gian hoạt động của đơn vị cấp trên "
                    + parent.getName());
        }
        return parent;
    }

    private static boolean isDescendantOrSelf(OrgUnit candidate, OrgUnit unit) {
        for (OrgUnit u = candidate; u != null; u = u.getParent()) {
            if (u.getId().equals(unit.getId())) {
                return true;
            }
        }
        return false;
    }

    private Optional<OrgUnit> find(String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :code", OrgUnit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    private static String summary(OrgUnit u) {
        return u.getName() + "; " + u.getLevel() + "; cấp trên " + (u.getParent() == null ? "-" : u.getParent().getCode())
                + "; " + u.getValidFrom() + " – " + (u.getValidTo() == null ? "nay" : u.getValidTo());
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
