package vn.motcua.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.documents.rendering.PdfRenderer;

/**
 * Settings of the documents context from MicroProfile Config (environment variables such as
 * {@code MOTCUA_DOCUMENTS_ROOT} map to {@code motcua.documents.root}); a bad value stops start-up with its name.
 *
 * <ul>
 *   <li>{@code motcua.documents.root}: the folder of stored files, one that every node reaches
 *   (default {@code <data folder>/documents}; the data folder is {@code motcua.data.dir}, default {@code ./data});</li>
 *   <li>{@code motcua.documents.max-bytes} (default 20 MB), {@code motcua.documents.max-pages} (default 200);</li>
 *   <li>{@code motcua.documents.accepted-types.<purpose>}: comma-separated media types, per purpose in lower case
 *   with hyphens (e.g. {@code motcua.documents.accepted-types.dossier-component=application/pdf,image/jpeg});</li>
 *   <li>{@code motcua.pdf.template-dir}: replacement templates (default {@code <data folder>/templates});</li>
 *   <li>{@code motcua.pdf.font-dir}: TrueType fonts to use besides the bundled Liberation Serif, e.g. a folder
 *   with Times New Roman (none by default).</li>
 * </ul>
 */
@ApplicationScoped
public class DocumentSettings {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "motcua.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "motcua.documents.root")
    Optional<String> root;

    @Inject
    @ConfigProperty(name = "motcua.documents.max-bytes", defaultValue = "" + DocumentPolicy.DEFAULT_MAX_BYTES)
    long maxBytes;

    @Inject
    @ConfigProperty(name = "motcua.documents.max-pages", defaultValue = "" + DocumentPolicy.DEFAULT_MAX_PAGES)
    int maxPages;

    @Inject
    @ConfigProperty(name = "motcua.pdf.template-dir")
    Optional<String> templateDir;

    @Inject
    @ConfigProperty(name = "motcua.pdf.font-dir")
    Optional<String> fontDir;

    @Produces
    @Singleton
    DocumentPolicy policy() {
        Map<DocumentPurpose, Set<String>> accepted = new EnumMap<>(DocumentPolicy.defaultAcceptedTypes());
        for (DocumentPurpose purpose : DocumentPurpose.values()) {
            String name = "motcua.documents.accepted-types." + purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
            config.getOptionalValue(name, String.class).ifPresent(value -> accepted.put(purpose,
                    Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())));
        }
        Path folder = root.filter(s -> !s.isBlank()).map(Path::of).orElse(Path.of(dataDir, "documents"));
        return new DocumentPolicy(folder, maxBytes, maxPages, accepted);
    }

    @Produces
    @Singleton
    PdfRenderer pdfRenderer() {
        Path templates = templateDir.filter(s -> !s.isBlank()).map(Path::of).orElse(Path.of(dataDir, "templates"));
        return new PdfRenderer(templates, fontDir.filter(s -> !s.isBlank()).map(Path::of).orElse(null));
    }
}
