package vn.motcua.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.organization.UnitLevel;

/**
 * What makes a procedure definition acceptable, whether it comes from an import file or an administrator's form:
 * national code shape, levels, channels that agree with the online level, versions that do not overlap, step
 * allocations that add up to the legal time, sane fees and components. Messages are for the province's
 * administrators, in Vietnamese.
 */
public final class CatalogueRules {

    /** Facts a definition may list as unverified. */
    public static final Set<String> FACTS = Set.of("code", "name", "field", "competentLevel", "onlineLevel",
            "channels", "competentAuthority", "duration", "cutOff", "supplement", "fees", "components", "steps",
            "resultName", "legalBasis");

    public static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private static final Pattern CODE = Pattern.compile("[1-3]\\.\\d{6}");
    private static final Set<UnitLevel> LEVELS = Set.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE);

    /** A broken rule: where (a field path such as {@code versions[1].steps}) and why. */
    public record Violation(String where, String message) {
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    private final Map<String, List<String>> modelSteps;

    /** @param modelSteps the step keys of each routing model, in order */
    public CatalogueRules(Map<String, List<String>> modelSteps) {
        this.modelSteps = Map.copyOf(modelSteps);
    }

    public List<Violation> check(ProcedureDefinition p) {
        List<Violation> found = new ArrayList<>();
        if (p.code() == null || !CODE.matcher(p.code()).matches()) {
            found.add(new Violation("code", "Mã thủ tục phải có dạng d.dddddd (ví dụ 1.001193), nhận được \""
                    + p.code() + "\""));
        }
        text(found, "name", "Tên thủ tục", p.name(), 500);
        text(found, "field", "Lĩnh vực", p.field(), 255);
        if (p.competentLevel() == null || !LEVELS.contains(p.competentLevel())) {
            found.add(new Violation("competentLevel", "Cấp thực hiện phải là PROVINCE, DISTRICT hoặc COMMUNE"));
        }
        if (p.onlineLevel() == null) {
            found.add(new Violation("onlineLevel", "Thiếu mức độ dịch vụ công trực tuyến"));
        } else if (p.onlineLevel().allowsOnlineFiling() != p.channels().contains(FilingChannel.ONLINE)) {
            found.add(new Violation("channels", p.onlineLevel().allowsOnlineFiling()
                    ? "Thủ tục trực tuyến phải có cách thức nộp ONLINE"
                    : "Thủ tục chỉ cung cấp thông tin không được nhận hồ sơ trực tuyến (ONLINE)"));
        }
        if (p.channels().isEmpty()) {
            found.add(new Violation("channels", "Cần ít nhất một cách thức thực hiện"));
        }
        text(found, "source", "Nguồn (quyết định công bố hoặc trang thông tin)", p.source(), 1000);
        facts(found, "unverified", p.unverified());
        if (p.versions().isEmpty()) {
            found.add(new Violation("versions", "Thủ tục cần ít nhất một phiên bản"));
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < p.versions().size(); i++) {
            VersionDefinition v = p.versions().get(i);
            String at = "versions[" + i + "]";
            if (v.version() < 1 || !numbers.add(v.version())) {
                found.add(new Violation(at + ".version", "Số phiên bản phải là số dương và không trùng: " + v.version()));
            }
            found.addAll(check(at, v));
            for (int j = 0; j < i; j++) {
                VersionDefinition earlier = p.versions().get(j);
                if (v.validFrom() != null && earlier.validFrom() != null && v.overlaps(earlier)) {
                    found.add(new Violation(at + ".validFrom", "Thời gian hiệu lực của phiên bản " + v.version()
                            + " trùng với phiên bản " + earlier.version()));
                }
            }
        }
        return found;
    }

    private List<Violation> check(String at, VersionDefinition v) {
        List<Violation> found = new ArrayList<>();
        if (v.validFrom() == null) {
            found.add(new Violation(at + ".validFrom", "Thiếu ngày bắt đầu hiệu lực"));
        } else if (v.validTo() != null && v.validTo().isBefore(v.validFrom())) {
            found.add(new Violation(at + ".validTo", "Ngày hết hiệu lực " + v.validTo()
                    + " trước ngày bắt đầu hiệu lực " + v.validFrom()));
        }
        if (v.duration() == null) {
            found.add(new Violation(at + ".duration", "Thiếu thời hạn giải quyết"));
        }
        optionalText(found, at + ".competentAuthority", "Cơ quan có thẩm quyền", v.competentAuthority(), 500);
        optionalText(found, at + ".timeNote", "Ghi chú thời hạn", v.timeNote(), 1000);
        if (String.join(",", v.competentUnits()).length() > 500) {
            found.add(new Violation(at + ".competentUnits", "Danh sách cơ quan thực hiện quá dài"));
        }
        if (v.cutOff() == null) {
            found.add(new Violation(at + ".cutOff", "Thiếu quy định giờ tiếp nhận muộn (cutOff)"));
        }
        if (v.supplementPolicy() == null) {
            found.add(new Violation(at + ".supplement", "Thiếu cách tính thời hạn khi bổ sung hồ sơ"));
        }
        if (v.supplementDays() != null && v.supplementDays() < 1) {
            found.add(new Violation(at + ".supplement", "Thời hạn bổ sung của công dân phải từ 1 ngày trở lên"));
        }
        for (int i = 0; i < v.fees().size(); i++) {
            Fee f = v.fees().get(i);
            String where = at + ".fees[" + i + "]";
            if (f.kind() == null) {
                found.add(new Violation(where + ".kind", "Loại khoản thu phải là PHI hoặc LE_PHI"));
            }
            text(found, where + ".description", "Tên khoản phí, lệ phí", f.description(), 500);
            if (f.amount() < 0 || (f.onlineAmount() != null && (f.onlineAmount() < 0 || f.onlineAmount() > f.amount()))) {
                found.add(new Violation(where + ".amount", "Mức thu không hợp lệ: mức thu không âm và mức thu trực "
                        + "tuyến không vượt mức thu trực tiếp"));
            }
            optionalText(found, where + ".exemption", "Đối tượng miễn, giảm", f.exemption(), 1000);
        }
        for (int i = 0; i < v.components().size(); i++) {
            found.addAll(check(at + ".components[" + i + "]", v.components().get(i)));
        }
        steps(found, at, v);
        text(found, at + ".resultName", "Kết quả thực hiện", v.resultName(), 255);
        if (v.resultType() == null) {
            found.add(new Violation(at + ".resultType", "Thiếu hình thức kết quả"));
        }
        optionalText(found, at + ".legalBasis", "Căn cứ pháp lý", v.legalBasis(), 1000);
        optionalText(found, at + ".source", "Nguồn", v.source(), 1000);
        facts(found, at + ".unverified", v.unverified());
        return found;
    }

    private void steps(List<Violation> found, String at, VersionDefinition v) {
        List<String> expected = modelSteps.get(v.processKey());
        if (expected == null) {
            found.add(new Violation(at + ".processKey", "Không có quy trình \"" + v.processKey()
                    + "\"; các quy trình hiện có: " + String.join(", ", modelSteps.keySet().stream().sorted().toList())));
            return;
        }
        int levels;
        try {
            levels = RoutingChain.of(v.routingChain()).map(c -> c.hops().size()).orElse(1);
        } catch (IllegalArgumentException e) {
            found.add(new Violation(at + ".routingChain", e.getMessage()));
            return;
        }
        if (levels > 1 && expected.stream().noneMatch(k -> k.startsWith(StepTemplate.EVERY_LEVEL))) {
            found.add(new Violation(at + ".routingChain", "Quy trình " + v.processKey()
                    + " chỉ có một cấp xử lý; chuỗi liên thông nhiều cấp cần quy trình liên thông (oneStopDossier)"));
            return;
        }
        expected = StepTemplate.expand(expected, levels);
        List<String> keys = v.steps().stream().map(StepAllocation::key).toList();
        if (!keys.equals(expected)) {
            found.add(new Violation(at + ".steps", "Các bước phải đúng các bước của quy trình " + v.processKey()
                    + " theo thứ tự: " + String.join(", ", expected)));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < v.steps().size(); i++) {
            StepAllocation s = v.steps().get(i);
            text(found, at + ".steps[" + i + "].name", "Tên bước", s.name(), 255);
            if (s.role() == null) {
                found.add(new Violation(at + ".steps[" + i + "].role", "Thiếu vai trò thực hiện bước"));
            }
            if (s.hours() == null || s.hours().signum() <= 0) {
                found.add(new Violation(at + ".steps[" + i + "].hours", "Thời gian của bước phải lớn hơn 0 giờ"));
            } else {
                sum = sum.add(s.hours());
            }
        }
        if (v.duration() != null && sum.compareTo(v.duration().hours()) != 0) {
            found.add(new Violation(at + ".steps", "Tổng thời gian các bước (" + sum.stripTrailingZeros().toPlainString()
                    + " giờ) phải bằng thời hạn giải quyết (" + v.duration().hours() + " giờ làm việc)"));
        }
    }

    private static List<Violation> check(String at, Component c) {
        List<Violation> found = new ArrayList<>();
        text(found, at + ".name", "Tên giấy tờ", c.name(), 1000);
        if (c.requirement() == null) {
            found.add(new Violation(at + ".requirement", "Yêu cầu phải là REQUIRED, OPTIONAL hoặc SHOWN_ONLY"));
        }
        if (c.originals() < 0 || c.copies() < 0) {
            found.add(new Violation(at + ".originals", "Số bản chính, bản sao không được âm"));
        }
        optionalText(found, at + ".replaceableBy", "Cơ sở dữ liệu thay thế", c.replaceableBy(), 255);
        optionalText(found, at + ".template", "Mẫu đơn, tờ khai", c.templateName(), 500);
        List<String> types = c.acceptedTypeList();
        if (types.isEmpty() || !MEDIA_TYPES.containsAll(types)) {
            found.add(new Violation(at + ".acceptedTypes", "Định dạng tệp chỉ gồm application/pdf, image/jpeg, "
                    + "image/png, nhận được " + types));
        }
        if (c.maxSizeKb() < 1 || c.maxSizeKb() > 51200) {
            found.add(new Violation(at + ".maxSizeKb", "Dung lượng tối đa phải từ 1 KB đến 50 MB"));
        }
        if (c.minPages() < 0 || (c.maxPages() != null && c.maxPages() < c.minPages())) {
            found.add(new Violation(at + ".minPages", "Số trang tối thiểu không âm và không lớn hơn số trang tối đa"));
        }
        return found;
    }

    private static void facts(List<Violation> found, String at, List<String> names) {
        for (String name : names) {
            if (!FACTS.contains(name)) {
                found.add(new Violation(at, "\"" + name + "\" không phải tên trường có thể đánh dấu chưa kiểm chứng"));
            }
        }
    }

    private static void text(List<Violation> found, String at, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            found.add(new Violation(at, label + " không được để trống"));
        } else if (value.length() > max) {
            found.add(new Violation(at, label + " dài quá " + max + " ký tự"));
        }
    }

    private static void optionalText(List<Violation> found, String at, String label, String value, int max) {
        if (value != null && value.length() > max) {
            found.add(new Violation(at, label + " dài quá " + max + " ký tự"));
        }
    }
}
