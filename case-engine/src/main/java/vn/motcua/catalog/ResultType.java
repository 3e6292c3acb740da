package vn.motcua.catalog;

/** The form the result is issued in. */
public enum ResultType {
    PAPER, ELECTRONIC, PAPER_AND_ELECTRONIC
}
