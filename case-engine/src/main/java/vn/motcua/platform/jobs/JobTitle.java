package vn.motcua.platform.jobs;

import java.util.Locale;
import java.util.Objects;

/** A job's name for people, in Vietnamese (the portal's first language) and English. */
public record JobTitle(String vietnamese, String english) {

    public JobTitle {
        Objects.requireNonNull(vietnamese, "Vietnamese title is required");
        Objects.requireNonNull(english, "English title is required");
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? english : vietnamese;
    }
}
