package vn.motcua.statistics.export;

/** The file formats of the exports. */
public enum ExportFormat {
    XLSX, CSV, PDF
}
