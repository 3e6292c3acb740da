package vn.motcua.statistics.export;

/** No finished export with this id belongs to the caller (someone else's exports are not revealed). */
public class ExportNotFoundException extends RuntimeException {

    public ExportNotFoundException(long id) {
        super("no finished export " + id + " of the caller");
    }
}
