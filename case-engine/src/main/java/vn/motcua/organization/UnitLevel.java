package vn.motcua.organization;

/** The level of an administrative unit in the organisation tree. */
public enum UnitLevel {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, INNER_DEPARTMENT
}
