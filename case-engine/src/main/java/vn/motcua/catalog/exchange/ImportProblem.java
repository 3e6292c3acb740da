package vn.motcua.catalog.exchange;

/**
 * Why a line or element of an import file was rejected.
 *
 * @param location "dòng 12" for CSV, a JSON pointer such as {@code /procedures/3/versions/0/steps} for JSON
 */
public record ImportProblem(String location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
