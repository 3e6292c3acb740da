package vn.motcua.payment.domain;

/** When the fees are collected: before processing (thu trước), after (thu sau), or not at all (miễn phí). */
public enum CollectionTiming {
    BEFORE, AFTER, EXEMPT
}
