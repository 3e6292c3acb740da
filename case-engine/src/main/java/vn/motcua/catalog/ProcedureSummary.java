package vn.motcua.catalog;

/** What the public catalogue lists of a procedure in its version in force on a date. */
public record ProcedureSummary(String code, String name, String field, String competentLevel, String onlineLevel,
                               int version, int durationValue, String durationUnit, long feeAmount, String resultName,
                               String legalBasis, boolean hasUnverified) {

    static ProcedureSummary of(ProcedureVersion version) {
        Procedure p = version.getProcedure();
        return new ProcedureSummary(p.getCode(), p.getName(), p.getField(), p.getCompetentLevel().name(),
                p.getOnlineLevel().name(), version.getVersionNo(), version.getDurationValue(),
                version.getDurationUnit().name(), version.getFeeAmount(), version.getResultName(),
                version.getLegalBasis(), !p.getUnverified().isEmpty() || !Procedure.split(version.unverifiedText()).isEmpty());
    }

    public boolean onlineFiling() {
        return OnlineLevel.valueOf(onlineLevel).allowsOnlineFiling();
    }
}
