package vn.motcua.identity;

public enum AccountKind {
    OFFICIAL, CITIZEN
}
