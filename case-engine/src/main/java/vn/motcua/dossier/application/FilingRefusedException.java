package vn.motcua.dossier.application;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.identity.InvalidRequestException;

/**
 * A filing that cannot go through as asked, with a Vietnamese message for each answer to correct, by the answer's
 * name (receivingUnitCode, applicantName, fields.childName, components[1], returnMethod, postalAddress...). Nothing
 * was stored.
 */
public class FilingRefusedException extends InvalidRequestException {

    private final Map<String, String> problems;

    public FilingRefusedException(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused filing names at least one problem");
        }
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Each answer to correct, with what is wrong with it. */
    public Map<String, String> problems() {
        return problems;
    }
}
