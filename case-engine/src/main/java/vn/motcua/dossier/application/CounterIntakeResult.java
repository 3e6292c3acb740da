package vn.motcua.dossier.application;

/**
 * A dossier received at the counter: its code, and the number of its fee receipt as printed (null when nothing was
 * paid: no fees, or all exempted).
 */
public record CounterIntakeResult(String dossierCode, String feeReceiptNumber) {
}
