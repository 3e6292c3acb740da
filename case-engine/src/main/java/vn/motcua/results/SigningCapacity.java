package vn.motcua.results;

import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.UnitLevel;

/**
 * In what capacity a leader signs (Decree 30/2020, Art. 13): as the head of the agency, "ký thay" (KT.) for the head
 * as a deputy, or "thừa lệnh" (TL.) by the head's order. The on-behalf line names the head's position, which depends
 * on the kind of agency.
 */
public enum SigningCapacity {
    /** The head of the agency signs in their own name. */
    HEAD(null),
    /** A deputy signs for the head: "KT. CHỦ TỊCH". */
    ON_BEHALF("KT."),
    /** An official signs by the head's order: "TL. CHỦ TỊCH". */
    BY_ORDER("TL.");

    private final String prefix;

    SigningCapacity(String prefix) {
        this.prefix = prefix;
    }

    /** The line above the signer's own position ("KT. CHỦ TỊCH"), or null when the head signs. */
    public String onBehalfLine(OrgUnit agency) {
        return prefix == null ? null : prefix + " " + headPosition(agency);
    }

    /** The head's position in capitals: a department has a director, a people's committee a chairperson. */
    public static String headPosition(OrgUnit agency) {
        return agency.getLevel() == UnitLevel.DEPARTMENT ? "GIÁM ĐỐC" : "CHỦ TỊCH";
    }
}
