package vn.motcua.catalog;

/** The two file formats of the catalogue exchange (docs/catalogue-format.md). */
public enum ExchangeFormat {
    JSON("application/json", "json"), CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    ExchangeFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
