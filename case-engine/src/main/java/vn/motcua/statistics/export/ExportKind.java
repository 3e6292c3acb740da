package vn.motcua.statistics.export;

import java.util.Set;

/** What a supervisor exports: each table of the dashboard, and the periodic one-stop report. */
public enum ExportKind {
    KPIS("chi-tieu", Set.of(ExportFormat.XLSX, ExportFormat.CSV)),
    TREND("xu-huong", Set.of(ExportFormat.XLSX, ExportFormat.CSV)),
    SUMMARY("tong-hop", Set.of(ExportFormat.XLSX, ExportFormat.CSV)),
    BOTTLENECKS("diem-nghen", Set.of(ExportFormat.XLSX, ExportFormat.CSV)),
    OVERDUE("qua-han", Set.of(ExportFormat.XLSX, ExportFormat.CSV)),
    INDEX766("chi-so-766", Set.of(ExportFormat.XLSX, ExportFormat.CSV)),
    ONE_STOP_REPORT("bao-cao-mot-cua", Set.of(ExportFormat.XLSX, ExportFormat.PDF));

    private final String fileStem;
    private final Set<ExportFormat> formats;

    ExportKind(String fileStem, Set<ExportFormat> formats) {
        this.fileStem = fileStem;
        this.formats = formats;
    }

    /** The start of the file's name, in ASCII ("tong-hop"). */
    public String fileStem() {
        return fileStem;
    }

    public boolean offers(ExportFormat format) {
        return formats.contains(format);
    }
}
