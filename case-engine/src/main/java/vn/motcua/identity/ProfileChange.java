package vn.motcua.identity;

/** What a citizen changes on their profile; blank identifiers, phone and address are cleared. */
public record ProfileChange(String name, String personalId, String taxCode, String phone, String address) {
}
