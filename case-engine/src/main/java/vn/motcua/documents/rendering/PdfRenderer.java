package vn.motcua.documents.rendering;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import vn.motcua.platform.time.BusinessTime;

/**
 * Renders a document template to PDF: a FreeMarker template ({@code .ftlx}, XHTML with XML escaping) is filled with
 * a model, and openhtmltopdf lays the XHTML out on A4 pages with PDFBox, embedding subsets of the fonts.
 *
 * <p>Templates are looked up first in the template folder ({@code motcua.pdf.template-dir}), where an administrator
 * may put a file of the same name to replace a default, then on the class path under {@value #CLASSPATH_TEMPLATES}.
 * {@code official.ftlx} there holds the layout macros of Decree 30/2020 (national heading, agency, number and symbol,
 * place and date, title, signer, recipients, QR code). Templates can call {@code qr(link)} (a PNG data URI of the
 * link's QR code) and {@code fmt} ({@link OfficialFormats}); they cannot create Java objects.
 *
 * <p>Fonts: Liberation Serif (SIL Open Font License, metric-compatible with Times New Roman, full Vietnamese) is
 * bundled. The TrueType fonts of a font folder ({@code motcua.pdf.font-dir}, e.g. an installed Times New Roman) are
 * registered too, under their own family names, and the templates ask for "Times New Roman" first. Text is written
 * in Unicode NFC, so every Vietnamese letter is one precomposed glyph and extracts back as the same text.
 *
 * <p>Pure Java and thread-safe: usable without the container. openhtmltopdf's own logging is kept to warnings.
 */
public final class PdfRenderer {

    public static final String CLASSPATH_TEMPLATES = "/vn/motcua/documents/templates";
    public static final String BUNDLED_FONT_FAMILY = "Liberation Serif";

    private static final Logger LOG = Logger.getLogger(PdfRenderer.class.getName());
    private static final String BUNDLED_FONTS = "/liberation/";

    static {
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private final Configuration freemarker;
    private final List<FontFile> fonts;
    private final String baseUri;

    /**
     * @param templateDir folder of replacement templates (created if missing; a file changed there is used within
     *                    seconds), or null
     * @param fontDir     folder of TrueType fonts to offer besides the bundled ones, or null
     */
    public PdfRenderer(Path templateDir, Path fontDir) {
        this.freemarker = configuration(templateDir);
        this.fonts = fonts(fontDir);
        URL classpathTemplates = PdfRenderer.class.getResource(CLASSPATH_TEMPLATES + "/");
        this.baseUri = templateDir != null
                ? templateDir.toAbsolutePath().toUri().toString()
                : Objects.requireNonNull(classpathTemplates, "default templates missing from the class path").toString();
    }

    /** A renderer with the default templates and the bundled fonts only. */
    public static PdfRenderer withDefaults() {
        return new PdfRenderer(null, null);
    }

    /**
     * The PDF of template {@code templateName} filled with {@code model} (a record, a bean or a map: its
     * properties are the template's top-level names).
     *
     * @throws PdfRenderingException when the template is missing or fails
     */
    public byte[] render(String templateName, Object model) {
        String xhtml = xhtml(templateName, model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("MotCua");
            for (FontFile font : fonts) {
                if (font.file() != null) {
                    builder.useFont(font.file().toFile(), font.family(), font.weight(), font.style(), true);
                } else {
                    builder.useFont(font.resource(), font.family(), font.weight(), font.style(), true);
                }
            }
            builder.useExternalResourceAccessControl((uri, type) -> uri != null
                    && (uri.startsWith("data:") || uri.startsWith(baseUri)),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new PdfRenderingException("cannot lay out template " + templateName + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The XHTML that {@link #render} lays out, in Unicode NFC. */
    public String xhtml(String templateName, Object model) {
        Objects.requireNonNull(templateName, "template name is required");
        Objects.requireNonNull(model, "model is required");
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new PdfRenderingException("no template " + templateName, e);
        } catch (IOException | TemplateException e) {
            throw new PdfRenderingException("template " + templateName + " failed: " + e.getMessage(), e);
        }
    }

    private static Configuration configuration(Path templateDir) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templateDir != null) {
            try {
                Files.createDirectories(templateDir);
                loaders.add(new FileTemplateLoader(templateDir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the template folder " + templateDir, e);
            }
        }
        loaders.add(new ClassTemplateLoader(PdfRenderer.class, CLASSPATH_TEMPLATES));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocale(Locale.forLanguageTag("vi-VN"));
        configuration.setTimeZone(TimeZone.getTimeZone(BusinessTime.ZONE));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setSharedVariable("qr", (TemplateMethodModelEx) arguments -> {
            if (arguments.size() != 1) {
                throw new TemplateModelException("qr(link) takes one argument");
            }
            return QrCodes.pngDataUri(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))));
        });
        try {
            configuration.setSharedVariable("fmt", new OfficialFormats());
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        return configuration;
    }

    /** A font face to register: a class-path resource or a file, its family, weight and style. */
    private record FontFile(FSSupplier<InputStream> resource, Path file, String family, int weight, FontStyle style) {
    }

    private static List<FontFile> fonts(Path fontDir) {
        List<FontFile> fonts = new ArrayList<>();
        fonts.add(bundled("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL));
        fonts.add(bundled("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL));
        fonts.add(bundled("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC));
        fonts.add(bundled("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));
        if (fontDir != null) {
            fonts.addAll(installed(fontDir));
        }
        return List.copyOf(fonts);
    }

    private static FontFile bundled(String file, int weight, FontStyle style) {
        String resource = BUNDLED_FONTS + file;
        if (PdfRenderer.class.getResource(resource) == null) {
            throw new IllegalStateException("bundled font " + resource + " missing from the class path");
        }
        return new FontFile(() -> PdfRenderer.class.getResourceAsStream(resource), null, BUNDLED_FONT_FAMILY, weight,
                style);
    }

    /** The TrueType fonts of a folder, each under the family, weight and style its naming table gives. */
    private static List<FontFile> installed(Path fontDir) {
        if (!Files.isDirectory(fontDir)) {
            throw new IllegalStateException("motcua.pdf.font-dir is not a folder: " + fontDir);
        }
        List<FontFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(fontDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf"))
                    .sorted().toList()) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                    String family = font.getNaming().getFontFamily();
                    String subfamily = font.getNaming().getFontSubFamily().toLowerCase(Locale.ROOT);
                    int weight = subfamily.contains("bold") ? 700 : 400;
                    FontStyle style = subfamily.contains("italic") || subfamily.contains("oblique")
                            ? FontStyle.ITALIC : FontStyle.NORMAL;
                    found.add(new FontFile(null, file, family, weight, style));
                    LOG.info(() -> "PDF font " + family + " " + subfamily + " from " + file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fonts in " + fontDir, e);
        }
        return found;
    }
}
