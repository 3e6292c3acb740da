package vn.motcua.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.organization.UnitLevel;

/**
 * The chain of levels that handle a procedure version's dossiers (liên thông), written as hops separated by
 * {@code >}: {@code COMMUNE>DISTRICT>UNIT:000.00.12.H12}.
 * <ul>
 *   <li>the first hop is a level: the dossier is received by a unit of that level, which is the first to handle it;
 *   <li>a later level ({@code DISTRICT}) is the receiving unit's ancestor of that level on the filing date, skipped
 *       when the organisation tree has none on that date (the district level ended on 2025-07-01);
 *   <li>{@code UNIT:code} is that agency, or the unit that succeeded it by the filing date.
 * </ul>
 * A version without a chain has one level: the receiving unit, of the procedure's competent level.
 */
public record RoutingChain(List<Hop> hops) {

    private static final Pattern AGENCY = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[GH]\\d{2}");

    /** One hop: a level relative to the receiving unit, or a named unit. */
    public record Hop(int number, UnitLevel level, String unitCode) {
        public boolean namesUnit() {
            return unitCode != null;
        }

        @Override
        public String toString() {
            return namesUnit() ? "UNIT:" + unitCode : level.name();
        }
    }

    public RoutingChain {
        hops = List.copyOf(hops);
    }

    /** The level a receiving unit must have: the first hop's. */
    public UnitLevel receivingLevel() {
        return hops.get(0).level();
    }

    /** The chain of a version, or empty when the version has one level. */
    public static Optional<RoutingChain> of(String spec) {
        if (spec == null || spec.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(spec));
    }

    /**
     * @throws IllegalArgumentException with a Vietnamese message when the spec is malformed
     */
    public static RoutingChain parse(String spec) {
        String[] parts = spec.strip().split("\\s*>\\s*");
        if (parts.length < 1 || parts.length > 3) {
            throw new IllegalArgumentException("Chuỗi liên thông phải có từ 1 đến 3 cấp, ví dụ COMMUNE>DISTRICT>UNIT:000.00.12.H12");
        }
        List<Hop> hops = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("UNIT:")) {
                String code = part.substring("UNIT:".length());
                if (i == 0) {
                    throw new IllegalArgumentException("Cấp đầu tiên của chuỗi liên thông là cấp tiếp nhận (COMMUNE, DISTRICT, DEPARTMENT…), không phải một đơn vị cụ thể");
                }
                if (!AGENCY.matcher(code).matches()) {
                    throw new IllegalArgumentException("Mã định danh \"" + code + "\" trong chuỗi liên thông không đúng dạng XXX.YY.ZZ.Hnn");
                }
                hops.add(new Hop(i + 1, null, code));
            } else {
                UnitLevel level;
                try {
                    level = UnitLevel.valueOf(part);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Cấp \"" + part + "\" trong chuỗi liên thông không hợp lệ; dùng COMMUNE, DISTRICT, DEPARTMENT, PROVINCE hoặc UNIT:mã");
                }
                hops.add(new Hop(i + 1, level, null));
            }
        }
        if (!hops.get(hops.size() - 1).namesUnit() && hops.size() > 1) {
            throw new IllegalArgumentException("Cấp cuối của chuỗi liên thông (cấp quyết định) phải là một đơn vị cụ thể UNIT:mã");
        }
        return new RoutingChain(hops);
    }

    public String spec() {
        return String.join(">", hops.stream().map(Hop::toString).toList());
    }
}
