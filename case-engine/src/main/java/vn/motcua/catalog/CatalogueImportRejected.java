package vn.motcua.catalog;

import java.util.List;
import vn.motcua.catalog.exchange.ImportProblem;

/** An import file, or an administrator's edit, that breaks the catalogue's rules: nothing of it was stored. */
public class CatalogueImportRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public CatalogueImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
