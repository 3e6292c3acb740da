package vn.motcua.catalog;

/** What the public catalogue shows of a procedure in its current version. */
public record ProcedureSummary(String code, String name, String field, String competentLevel, String onlineLevel,
                               int durationValue, String durationUnit, long feeAmount, String resultName,
                               String legalBasis) {

    static ProcedureSummary of(ProcedureVersion version) {
        Procedure p = version.getProcedure();
        return new ProcedureSummary(p.getCode(), p.getName(), p.getField(), p.getCompetentLevel().name(),
                p.getOnlineLevel().name(), version.getDurationValue(), version.getDurationUnit().name(),
                version.getFeeAmount(), version.getResultName(), version.getLegalBasis());
    }

    public boolean onlineFiling() {
        return OnlineLevel.valueOf(onlineLevel).allowsOnlineFiling();
    }
}
