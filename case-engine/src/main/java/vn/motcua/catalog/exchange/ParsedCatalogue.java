package vn.motcua.catalog.exchange;

import java.util.List;

/** What a file held: the procedures that could be read, and the problems that stop the import. */
public record ParsedCatalogue(List<ParsedProcedure> procedures, List<ImportProblem> problems) {

    public ParsedCatalogue {
        procedures = List.copyOf(procedures);
        problems = List.copyOf(problems);
    }
}
