package vn.motcua.catalog;

import java.util.List;

/**
 * A procedure as its public page and {@code GET /api/v1/procedures/{code}} show it: the procedure, the version in
 * force on the requested date, and the numbers and dates of all its versions.
 */
public record ProcedureDetail(String code, String name, String field, String competentLevel, String onlineLevel,
                              List<String> channels, String source, List<String> unverified,
                              VersionDefinition version, List<VersionRef> versions) {

    /** A version's number and validity. */
    public record VersionRef(int version, String validFrom, String validTo) {
    }

    public boolean onlineFiling() {
        return OnlineLevel.valueOf(onlineLevel).allowsOnlineFiling();
    }

    /** Whether a fact of the procedure or of the shown version is flagged unverified. */
    public boolean unverified(String fact) {
        return unverified.contains(fact) || version.unverified().contains(fact);
    }
}
