package vn.motcua.catalog.exchange;

import java.util.Comparator;
import java.util.List;
import vn.motcua.catalog.ProcedureDefinition;
import vn.motcua.catalog.VersionDefinition;

/** The one order of an export: procedures by code, versions by number. */
final class ExchangeOrder {

    private ExchangeOrder() {
    }

    static List<ProcedureDefinition> sorted(List<ProcedureDefinition> procedures) {
        return procedures.stream()
                .sorted(Comparator.comparing(ProcedureDefinition::code))
                .map(p -> p.withVersions(p.versions().stream()
                        .sorted(Comparator.comparingInt(VersionDefinition::version)).toList()))
                .toList();
    }
}
