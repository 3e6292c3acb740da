package vn.motcua.catalog.exchange;

import java.util.Comparator;
import java.util.Map;
import vn.motcua.catalog.ProcedureDefinition;

/**
 * A procedure read from a file, with where each of its parts came from, so that a broken rule found later can name
 * its line (CSV) or element (JSON).
 *
 * @param locations from a field path prefix ({@code ""}, {@code versions[0]}, {@code versions[0].fees[1]}) to its
 *                  place in the file
 */
public record ParsedProcedure(ProcedureDefinition definition, Map<String, String> locations) {

    public ParsedProcedure {
        locations = Map.copyOf(locations);
    }

    /** The place in the file of a field path, e.g. {@code versions[0].steps[2].hours}. */
    public String locate(String path) {
        return locations.entrySet().stream()
                .filter(e -> e.getKey().isEmpty() || path.equals(e.getKey()) || path.startsWith(e.getKey() + ".")
                        || path.startsWith(e.getKey() + "["))
                .max(Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse("?");
    }
}
