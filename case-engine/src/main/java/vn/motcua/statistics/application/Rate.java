package vn.motcua.statistics.application;

/** A share with its inputs shown: numerator over denominator; no value when the denominator is zero. */
public record Rate(long numerator, long denominator) {

    /** The share between 0 and 1, or null when there is nothing to divide by ("no data", never 0). */
    public Double value() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
