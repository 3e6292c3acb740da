package vn.motcua.statistics.export;

import java.util.Objects;

/** A built export: its file name, media type and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String PDF = "application/pdf";

    public ExportFile {
        Objects.requireNonNull(fileName, "file name is required");
        Objects.requireNonNull(contentType, "content type is required");
        Objects.requireNonNull(content, "content is required");
    }
}
