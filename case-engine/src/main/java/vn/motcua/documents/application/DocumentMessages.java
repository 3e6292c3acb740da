package vn.motcua.documents.application;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Texts of the documents context, in bundle {@value #BUNDLE}: Vietnamese in the base file, English in {@code _en}.
 * Exceptions of this context carry a key and arguments and give the Vietnamese text as their message; a page can
 * ask for another language with {@link #format(Locale, String, Object...)}.
 */
public final class DocumentMessages {

    public static final String BUNDLE = "vn.motcua.documents.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Content types that are programs: named as such in messages, whatever their exact media type. */
    private static final Set<String> PROGRAMS = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-ms-installer", "application/x-elf", "application/x-executable", "application/x-sharedlib",
            "application/x-mach-o-executable", "application/java-archive", "application/x-sh");

    private DocumentMessages() {
    }

    /** A media type as an argument of a message: shown by its name in the language of the message. */
    public record TypeName(String mediaType) {
    }

    /**
     * The text of {@code key} in {@code locale}, Vietnamese when the language has no bundle (never the machine's
     * default language). {@link TypeName} arguments and collections of them are shown by name.
     */
    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(bundle, locale, args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    private static Object shown(ResourceBundle bundle, Locale locale, Object arg) {
        if (arg instanceof TypeName type) {
            return typeName(bundle, locale, type.mediaType());
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(shown(bundle, locale, item)))
                    .collect(Collectors.joining(", "));
        }
        return arg;
    }

    private static String typeName(ResourceBundle bundle, Locale locale, String mediaType) {
        String key = PROGRAMS.contains(mediaType) ? "type.program" : "type." + mediaType;
        if (!bundle.containsKey(key)) {
            key = "type.other";
        }
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {mediaType});
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
