package vn.motcua.documents.application;

import java.util.Locale;

/**
 * A file that the store will not keep, and why: nothing of it is stored. The message is the Vietnamese text;
 * {@link #message(Locale)} gives it in another language. The web layer maps the reason to an HTTP status.
 */
public class DocumentRefusedException extends RuntimeException {

    /** Why a file is refused; each has a message {@code document.refused.<reason in lower case>}. */
    public enum Reason {
        /** The file has no bytes. Arguments: name. */
        EMPTY,
        /** Larger than the limit. Arguments: name, limit in MB. */
        TOO_LARGE,
        /** The content is of a type not accepted for this purpose. Arguments: name, found type, accepted types. */
        TYPE_NOT_ALLOWED,
        /** The name or the declared type says another type than the content. Arguments: name, declared, found. */
        TYPE_MISMATCH,
        /** A PDF with more pages than the limit. Arguments: name, pages, limit. */
        TOO_MANY_PAGES,
        /** A PDF protected by a password or encrypted. Arguments: name. */
        ENCRYPTED,
        /** A PDF that cannot be read. Arguments: name. */
        UNREADABLE,
        /** Not of a type the component accepts. Arguments: name, component, accepted types, found type. */
        COMPONENT_TYPE,
        /** Larger than the component allows. Arguments: name, component, limit. */
        COMPONENT_TOO_LARGE,
        /** Fewer or more pages than the component asks for. Arguments: name, component, min, max, pages. */
        COMPONENT_PAGES,
        /** Fewer pages than the component asks for, no upper limit. Arguments: name, component, min, pages. */
        COMPONENT_TOO_FEW_PAGES
    }

    private final Reason reason;
    private final transient Object[] arguments;

    public DocumentRefusedException(Reason reason, Object... arguments) {
        super(DocumentMessages.format(DocumentMessages.VIETNAMESE, keyOf(reason), arguments));
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public String key() {
        return keyOf(reason);
    }

    public String message(Locale locale) {
        return DocumentMessages.format(locale, key(), arguments);
    }

    private static String keyOf(Reason reason) {
        return "document.refused." + reason.name().toLowerCase(Locale.ROOT);
    }
}
