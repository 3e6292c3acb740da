package vn.motcua.web.api;

/** Example values of the API document (demo province data), shared by the resources' OpenAPI annotations. */
final class ApiExamples {

    /**
     * Extension marking an optional parameter that replaces another (its value names that one): documented with its
     * own example, but a request built from the examples sends only the parameter it replaces.
     */
    static final String ALTERNATIVE_TO = "x-alternative-to";

    static final String PROCEDURE = "1.001193";
    static final String UNIT = "000.30.01.H29";
    static final String DOSSIER = "000.30.01.H29-261102-0001";
    static final String DATE = "2026-11-21";

    static final String PROCEDURE_PAGE = """
            {"items": [{"code": "1.001193", "name": "Đăng ký khai sinh", "fieldName": "Hộ tịch",
              "competentLevel": "COMMUNE", "onlineLevel": "FULL_ONLINE"}], "page": 0, "size": 20, "total": 1}""";
    static final String PROCEDURE_DETAIL = """
            {"code": "1.001193", "name": "Đăng ký khai sinh", "fieldName": "Hộ tịch", "competentLevel": "COMMUNE",
             "onlineLevel": "FULL_ONLINE", "versionNo": 1, "validFrom": "2025-07-01"}""";
    static final String UNITS = """
            [{"code": "000.30.01.H29", "name": "UBND phường Thủ Dầu Một", "level": "COMMUNE",
              "parentCode": "000.00.00.H29"}]""";
    static final String UNIT_VIEW = """
            {"code": "000.30.01.H29", "name": "UBND phường Thủ Dầu Một", "level": "COMMUNE",
             "parentCode": "000.00.00.H29"}""";
    static final String CATALOGUE_JSON = """
            {"format": "motcua-catalogue/1", "procedures": [{"code": "1.001193", "name": "Đăng ký khai sinh"}]}""";
    static final String CATALOGUE_CSV = "procedure_code,procedure_name,version_no\n1.001193,Đăng ký khai sinh,1\n";
    static final String DUE_DATE = """
            {"unit": "000.30.01.H29", "receivedAt": "2026-02-13T10:00:00+07:00",
             "startsAt": "2026-02-23T08:00:00+07:00", "dueAt": "2026-03-09T08:00:00+07:00", "provisional": false}""";
    static final String DAYS = """
            [{"date": "2026-01-01", "working": false, "kind": "HOLIDAY", "name": "Tết Dương lịch",
              "provisional": false}]""";
    static final String DOSSIER_VIEW = """
            {"code": "000.30.01.H29-261102-0001", "procedureCode": "1.001193", "status": "SUBMITTED",
             "nationalStatus": 1, "channel": "ONLINE"}""";
    static final String TIMELINE = """
            {"code": "000.30.01.H29-261102-0001", "procedureName": "Đăng ký khai sinh", "status": "RECEIVED",
             "nationalStatus": 2, "receivingUnitName": "UBND phường Thủ Dầu Một"}""";
    static final String NEW_DOSSIER = """
            {"procedureCode": "1.001193", "receivingUnitCode": "000.30.01.H29",
             "applicant": {"name": "Nguyễn Văn An", "personalId": "079301000123", "phone": "0912345678",
                           "email": "an@example.invalid"},
             "fields": {"childName": "Nguyễn Văn Bình"}, "components": [{"componentIndex": 1, "documentId": 1}],
             "returnMethod": "ONLINE"}""";
    static final String FILED = """
            {"dossierCode": "000.30.01.H29-261121-0001", "procedureName": "Đăng ký khai sinh",
             "status": "SUBMITTED"}""";
    static final String CONFLICT = "{\"type\": \"about:blank\", \"title\": \"Yêu cầu nộp hồ sơ đang được xử "
            + "lý\", \"status\": 409, \"detail\": \"Hồ sơ với khóa 4f6c đang được xử lý\"}";

    private ApiExamples() {
    }
}
