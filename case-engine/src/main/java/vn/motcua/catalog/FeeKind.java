package vn.motcua.catalog;

/** A charge (phí) or a fee (lệ phí); Circular 85/2019/TT-BTC keeps them apart. */
public enum FeeKind {
    PHI, LE_PHI
}
