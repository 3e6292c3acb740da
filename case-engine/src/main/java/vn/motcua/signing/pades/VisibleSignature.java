package vn.motcua.signing.pades;

import java.util.Objects;

/**
 * What a signature shows on the page, and where: a person's signature block (on-behalf wording such as
 * "KT. CHỦ TỊCH", name, title, time) or an agency's round red seal with its name and the time.
 *
 * <p>By default a person signs at the lower right of the last page and the seal goes to the lower left, so the two
 * fields never overlap; {@link #at(Placement)} puts a signature elsewhere.
 *
 * @param kind            person or seal
 * @param name            the official's full name, or the agency's name
 * @param title           the official's position (e.g. "Phó Chủ tịch"); for a seal, the document's number line
 *                        the clerk gives it with the seal (e.g. "Số: 15/GCN-UBND, ngày 21/11/2026"), or null
 * @param onBehalfWording e.g. "KT. CHỦ TỊCH", "TL. CHỦ TỊCH"; null when signing in one's own right
 * @param agencyCode      the agency code shown on the seal's ring; null for a person
 * @param placement       the field's page and rectangle
 */
public record VisibleSignature(Kind kind, String name, String title, String onBehalfWording, String agencyCode,
                               Placement placement) {

    /** A person's signature or an organisation's seal. */
    public enum Kind { PERSON, SEAL }

    /**
     * The default field of a person: lower right of an A4 page (595 × 842 pt), inside the area a result document
     * keeps empty for the signatures ({@code ResultDocument.PERSON_BOX_*}: 115–195 mm from the left, above the 20 mm
     * bottom margin).
     */
    public static final Placement PERSON_DEFAULT = new Placement(null, 326, 640, 226, 105);
    /** The default field of a seal: lower left ({@code ResultDocument.SEAL_BOX_*}: 30–110 mm), left of the person's. */
    public static final Placement SEAL_DEFAULT = new Placement(null, 85, 630, 226, 125);

    /**
     * A field rectangle in PDF points, measured from the top-left corner of the page.
     *
     * @param page 1-based page number, or null for the last page
     */
    public record Placement(Integer page, float x, float y, float width, float height) {
        public Placement {
            if (page != null && page < 1) {
                throw new IllegalArgumentException("pages are numbered from 1");
            }
            if (x < 0 || y < 0 || width < 40 || height < 30) {
                throw new IllegalArgumentException("a signature field needs a place on the page and room (40 × 30 pt)");
            }
        }

        /** Whether this rectangle and {@code other} share any area (on the same page). */
        public boolean overlaps(Placement other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    public VisibleSignature {
        Objects.requireNonNull(kind, "kind is required");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the signer's name is required");
        }
        Objects.requireNonNull(placement, "placement is required");
    }

    /** A person's signature block at the default place. */
    public static VisibleSignature person(String fullName, String title, String onBehalfWording) {
        return new VisibleSignature(Kind.PERSON, fullName, title, blankToNull(onBehalfWording), null, PERSON_DEFAULT);
    }

    /** An agency's seal at the default place. */
    public static VisibleSignature seal(String agencyName, String agencyCode) {
        return seal(agencyName, agencyCode, null);
    }

    /** An agency's seal at the default place, showing the number line the clerk gave the document with it. */
    public static VisibleSignature seal(String agencyName, String agencyCode, String numberLine) {
        return new VisibleSignature(Kind.SEAL, agencyName, blankToNull(numberLine), null, agencyCode, SEAL_DEFAULT);
    }

    /** The same appearance elsewhere. */
    public VisibleSignature at(Placement where) {
        return new VisibleSignature(kind, name, title, onBehalfWording, agencyCode, where);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
