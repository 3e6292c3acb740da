package vn.motcua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.catalog.CatalogAdministration;
import vn.motcua.catalog.CatalogueImportRejected;
import vn.motcua.catalog.ExchangeFormat;
import vn.motcua.catalog.ImportReport;
import vn.motcua.identity.Actor;

/**
 * The demo procedure catalogue ({@value #RESOURCE}), imported through the same importer an administrator uses, once
 * per database and file content: later starts neither repeat the work nor undo what administrators changed since.
 */
@ApplicationScoped
public class DemoCatalogue {

    static final String RESOURCE = "/vn/motcua/demo/catalogue.json";

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());

    @Inject
    CatalogAdministration catalogue;

    public void load() {
        byte[] content;
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo catalogue " + RESOURCE + " is missing from the build");
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (catalogue.importedBefore(content)) {
            LOG.info("Demo catalogue already imported in this database");
            return;
        }
        try {
            ImportReport report = catalogue.importFile(Actor.SYSTEM, content, ExchangeFormat.JSON);
            LOG.info(() -> "Demo catalogue: " + report.summary());
        } catch (CatalogueImportRejected e) {
            // A database filled by an earlier release may hold dossiers under versions this file now words
            // differently; the demo then runs on the catalogue it has.
            LOG.log(Level.WARNING, "Demo catalogue not applied to this database: {0}", e.problems());
        }
    }
}
