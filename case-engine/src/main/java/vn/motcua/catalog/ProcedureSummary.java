package vn.motcua.catalog;

/**
 * What the public catalogue lists of a procedure in its version in force on a date. {@code receivingLevel} is the
 * level of the units that receive its dossiers: the competent level, or the first level of a routing chain.
 */
public record ProcedureSummary(String code, String name, String field, String competentLevel, String onlineLevel,
                               int version, int durationValue, String durationUnit, long feeAmount, String resultName,
                               String legalBasis, boolean hasUnverified, String receivingLevel) {

    static ProcedureSummary of(ProcedureVersion version) {
        Procedure p = version.getProcedure();
        return new ProcedureSummary(p.getCode(), p.getName(), p.getField(), p.getCompetentLevel().name(),
                p.getOnlineLevel().name(), version.getVersionNo(), version.getDurationValue(),
                version.getDurationUnit().name(), version.getFeeAmount(), version.getResultName(),
                version.getLegalBasis(), !p.getUnverified().isEmpty() || !Procedure.split(version.unverifiedText()).isEmpty(),
                version.routingChain().map(c -> c.receivingLevel()).orElse(p.getCompetentLevel()).name());
    }

    public boolean onlineFiling() {
        return OnlineLevel.valueOf(onlineLevel).allowsOnlineFiling();
    }
}
