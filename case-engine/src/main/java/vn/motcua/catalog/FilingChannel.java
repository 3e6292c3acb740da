package vn.motcua.catalog;

/** How a procedure can be filed and its result returned (Cách thức thực hiện): at the desk, online, by public post. */
public enum FilingChannel {
    DIRECT, ONLINE, POSTAL
}
