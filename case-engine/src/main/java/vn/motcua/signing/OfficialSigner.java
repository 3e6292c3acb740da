package vn.motcua.signing;

import java.util.Objects;

/**
 * An official who signs a result: who they are (username, full name), the position shown under the signature and
 * the agency whose name their certificate carries.
 *
 * @param onBehalfWording e.g. "KT. CHỦ TỊCH" (signing for the chair as deputy) or "TL. CHỦ TỊCH" (by
 *                        delegation); null when the official signs in their own right
 */
public record OfficialSigner(String username, String fullName, String title, String agencyCode, String agencyName,
                             String onBehalfWording) {

    public OfficialSigner {
        Objects.requireNonNull(username, "username is required");
        Objects.requireNonNull(fullName, "full name is required");
        Objects.requireNonNull(agencyName, "agency name is required");
    }
}
