package vn.motcua.documents.rendering;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an agency's name goes into the heading and the date line of an official document (Decree 30/2020/NĐ-CP,
 * Appendix I). A People's Committee writes its own name on two lines ("ỦY BAN NHÂN DÂN" / "PHƯỜNG THỦ DẦU MỘT");
 * any other agency is headed by its governing body. The place of the date line is the name of the administrative
 * unit the agency sits in, without its level ("Thủ Dầu Một", not "phường Thủ Dầu Một").
 */
public final class AgencyNames {

    /** The agency block of a heading: the governing body (or null) and the issuing agency. */
    public record Heading(String parent, String agency) {
        public Heading {
            Objects.requireNonNull(agency, "agency is required");
        }
    }

    private static final Pattern PEOPLES_COMMITTEE = Pattern.compile("(?iu)^(ủy ban nhân dân|uỷ ban nhân dân)\\s+(.+)$");
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?iu)^.*?(?:^|\\s)(?:tỉnh|thành phố|thị xã|thị trấn|quận|huyện|phường|xã|đặc khu)\\s+(\\S.*)$");
    private static final String HO_CHI_MINH = "Hồ Chí Minh";

    private AgencyNames() {
    }

    /**
     * The heading of {@code name}: a People's Committee split after "Ủy ban nhân dân", any other agency under
     * {@code governingBody} (null when it has none).
     */
    public static Heading heading(String name, String governingBody) {
        String agency = nfc(Objects.requireNonNull(name, "agency name is required")).strip();
        Matcher committee = PEOPLES_COMMITTEE.matcher(agency);
        if (committee.matches()) {
            return new Heading(committee.group(1), committee.group(2));
        }
        return new Heading(governingBody == null || governingBody.isBlank() ? null : nfc(governingBody).strip(), agency);
    }

    /**
     * The place of the date line for an agency named {@code name}: the unit's own name after its first level word
     * ("Sở Nội vụ tỉnh Bình Dương" gives "Bình Dương", "Ủy ban nhân dân phường Xã Đàn" gives "Xã Đàn"). Ho Chi Minh
     * City keeps "Thành phố", as its name is a person's. A name without a level word is used whole.
     */
    public static String place(String name) {
        String agency = nfc(Objects.requireNonNull(name, "agency name is required")).strip();
        Matcher unit = UNIT_NAME.matcher(agency);
        String place = unit.matches() ? unit.group(1).strip() : agency;
        return place.equals(HO_CHI_MINH) ? "Thành phố " + HO_CHI_MINH : place;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
