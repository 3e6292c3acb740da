package vn.motcua.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The visitor's language: Vietnamese unless they switch to English. */
@Named
@SessionScoped
public class Language implements Serializable {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Locale locale = VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    public boolean isVietnamese() {
        return VIETNAMESE.equals(locale);
    }

    public String switchTo(String tag) {
        locale = "en".equals(tag) ? ENGLISH : VIETNAMESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
