package vn.motcua.notification.infrastructure;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import vn.motcua.platform.time.BusinessTime;

/**
 * The notification texts, written as FreeMarker templates in Vietnamese: for a template {@code name},
 * {@code name.subject.ftl}, {@code name.text.ftl} (the e-mail) and {@code name.sms.ftl} (the text message). The
 * defaults ship in {@code vn/motcua/notification/templates}; an administrator overrides any of them by putting a file
 * of the same name in the folder {@code motcua.notification.templates-dir}.
 */
public class NotificationTemplates {

    static final String CLASSPATH_FOLDER = "/vn/motcua/notification/templates";

    private final Configuration freemarker;

    /** @param overrides a folder whose templates take precedence over the bundled ones, if any */
    public NotificationTemplates(Optional<Path> overrides) {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        freemarker.setLocale(Locale.forLanguageTag("vi-VN"));
        freemarker.setTimeZone(TimeZone.getTimeZone(BusinessTime.ZONE));
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        ClassTemplateLoader bundled = new ClassTemplateLoader(NotificationTemplates.class, CLASSPATH_FOLDER);
        TemplateLoader loader = bundled;
        if (overrides.isPresent()) {
            Path folder = overrides.get();
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("motcua.notification.templates-dir is not a folder: " + folder);
            }
            try {
                loader = new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(folder.toFile()), bundled});
            } catch (IOException e) {
                throw new IllegalStateException("cannot read motcua.notification.templates-dir " + folder, e);
            }
        }
        freemarker.setTemplateLoader(loader);
    }

    /** The e-mail's subject and text of a template. */
    public Rendered email(String name, Map<String, ?> model) {
        return new Rendered(render(name + ".subject.ftl", model).strip(), render(name + ".text.ftl", model));
    }

    /** The text message of a template. */
    public String sms(String name, Map<String, ?> model) {
        return render(name + ".sms.ftl", model).strip();
    }

    private String render(String file, Map<String, ?> model) {
        try {
            StringWriter out = new StringWriter();
            freemarker.getTemplate(file).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("cannot render notification template " + file, e);
        }
    }

    /** A rendered e-mail. */
    public record Rendered(String subject, String text) {
    }
}
