package vn.motcua.identity;

/** Who a citizen account or an authorisation stands for: a person or an organisation (with a tax code). */
public enum PartyType {
    INDIVIDUAL, ORGANISATION
}
