package vn.motcua.dossier.domain;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.Map;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.UnitLevel;

/**
 * Builds reference entities for domain tests. Procedures, versions and units are only ever loaded from the
 * database, so they have no public constructor and no setters; the test builder fills their fields reflectively.
 */
final class TestData {

    private TestData() {
    }

    static OrgUnit orgUnit(String code, String name, UnitLevel level, LocalDate validFrom) {
        return instance(OrgUnit.class, Map.of(
                "id", 1L,
                "code", code,
                "name", name,
                "level", level,
                "validFrom", validFrom));
    }

    static OrgUnit commune() {
        return orgUnit("000.30.01.H29", "Ủy ban nhân dân phường Thủ Dầu Một", UnitLevel.COMMUNE,
                LocalDate.of(2025, 7, 1));
    }

    static Procedure procedure(String code, String name) {
        return instance(Procedure.class, Map.of(
                "id", 1L,
                "code", code,
                "name", name,
                "field", "Hộ tịch",
                "competentLevel", UnitLevel.COMMUNE,
                "onlineLevel", OnlineLevel.FULL_ONLINE));
    }

    static ProcedureVersion procedureVersion(Procedure procedure, int versionNo, String processKey) {
        return instance(ProcedureVersion.class, Map.of(
                "id", 1L,
                "procedure", procedure,
                "versionNo", versionNo,
                "validFrom", LocalDate.of(2016, 1, 1),
                "processKey", processKey,
                "duration", new vn.motcua.catalog.ProcessingTime(1, DurationUnit.WORKING_DAYS),
                "feeAmount", 0L,
                "resultName", "Giấy khai sinh"));
    }

    static ProcedureVersion birthRegistration() {
        return procedureVersion(procedure("1.001193", "Đăng ký khai sinh"), 1, "singleAgencyBasic");
    }

    private static <T> T instance(Class<T> type, Map<String, Object> fields) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T instance = constructor.newInstance();
            for (Map.Entry<String, Object> field : fields.entrySet()) {
                set(instance, field.getKey(), field.getValue());
            }
            return instance;
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }

    private static void set(Object target, String name, Object value) throws IllegalAccessException {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(target.getClass().getSimpleName() + " has no field " + name, e);
        }
    }
}
