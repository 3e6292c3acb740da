package vn.motcua.statistics.application;

/** A step at a unit with its handovers in the period and how many of them were late (from the control sheets). */
public record Bottleneck(String stepKey, String unitCode, String unitName, long handovers, long lateHandovers) {
}
