package vn.motcua.catalog;

/** Online service level of a procedure (Decree 42/2022 Art. 11(1)). */
public enum OnlineLevel {
    FULL_ONLINE, PARTIAL_ONLINE, INFORMATION_ONLY;

    public boolean allowsOnlineFiling() {
        return this != INFORMATION_ONLY;
    }
}
