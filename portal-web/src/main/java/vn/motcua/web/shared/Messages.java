package vn.motcua.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the portal in the visitor's language (bundle {@code vn.motcua.web.messages}, Vietnamese first). */
@Named
@RequestScoped
public class Messages {

    public static final String BUNDLE = "vn.motcua.web.messages";

    @Inject
    Language language;

    public String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.getLocale());
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, language.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
