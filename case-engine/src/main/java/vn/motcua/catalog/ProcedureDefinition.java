package vn.motcua.catalog;

import java.util.List;
import java.util.Objects;
import vn.motcua.organization.UnitLevel;

/**
 * A procedure with all its versions as a value: what the exchange format carries, what administrators edit, and what
 * the importer compares with the stored catalogue (equal definitions mean nothing to change).
 *
 * @param unverified names of facts that could not be verified in the source (see {@link CatalogueRules#FACTS})
 */
public record ProcedureDefinition(String code, String name, String field, UnitLevel competentLevel,
                                  OnlineLevel onlineLevel, List<FilingChannel> channels, String source,
                                  List<String> unverified, List<VersionDefinition> versions) {

    public ProcedureDefinition {
        channels = channels == null ? List.of() : channels.stream().filter(Objects::nonNull).distinct().sorted().toList();
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** The same procedure without the installation's template files: what the exchange format carries. */
    public ProcedureDefinition withoutTemplateFiles() {
        return withVersions(versions.stream().map(VersionDefinition::withoutTemplateFiles).toList());
    }

    public ProcedureDefinition withVersions(List<VersionDefinition> newVersions) {
        return new ProcedureDefinition(code, name, field, competentLevel, onlineLevel, channels, source, unverified,
                newVersions);
    }
}
