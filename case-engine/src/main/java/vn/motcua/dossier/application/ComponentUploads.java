package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Component;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.platform.time.BusinessTime;

/**
 * Uploads the file of one component of a procedure while a citizen files: checked against the store's limits and the
 * component's own (accepted types by content, largest size, page range) before anything is stored; a refused file
 * leaves no document row and no stored file ({@link vn.motcua.documents.application.DocumentRefusedException}).
 */
@ApplicationScoped
public class ComponentUploads {

    @Inject
    Catalog catalog;

    @Inject
    DocumentStore documents;

    @Inject
    Clock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    /** A document of the citizen's own store that can be reused for a component. */
    public record OwnDocument(long id, String name, String mediaType, Integer pageCount, long size,
                              java.time.Instant createdAt) {
    }

    /**
     * The documents the citizen uploaded for dossiers, newest first, to reuse instead of uploading again. Results
     * issued to the citizen join this list once the results store names their owner (a hook for the data store).
     */
    @Transactional
    public List<OwnDocument> mine(Actor citizen) {
        if (citizen.accountId() == null) {
            return List.of();
        }
        return em.createQuery("select d from Document d where d.createdByAccount = :account and d.purpose = :purpose "
                        + "order by d.createdAt desc, d.id desc", vn.motcua.documents.domain.Document.class)
                .setParameter("account", citizen.accountId())
                .setParameter("purpose", DocumentPurpose.DOSSIER_COMPONENT)
                .setMaxResults(100)
                .getResultList().stream()
                .map(d -> new OwnDocument(d.getId(), d.getOriginalName(), d.getMediaType(), d.getPageCount(),
                        d.getSizeBytes(), d.getCreatedAt()))
                .toList();
    }

    /** The document of the citizen's own store, checked against a component's rules: null when it fits. */
    @Transactional
    public String problemWith(Actor citizen, String procedureCode, int position, long documentId) {
        List<Component> components = version(procedureCode).getComponents();
        if (position < 1 || position > components.size()) {
            return "Thủ tục " + procedureCode + " không có thành phần hồ sơ số " + position;
        }
        StoredDocument document;
        try {
            document = documents.describe(citizen, documentId);
        } catch (RuntimeException e) {
            return "Không tìm thấy tệp đã chọn trong kho tài liệu của bạn";
        }
        return ComponentFiles.problem(components.get(position - 1), document);
    }

    /**
     * What the online form of a procedure needs, read in one transaction from its version in force today: its name,
     * online level, the level of the units that receive it, its components and its fees.
     */
    public record FilingForm(String procedureCode, String name, vn.motcua.catalog.OnlineLevel onlineLevel,
                             vn.motcua.organization.UnitLevel receivingLevel, List<Component> components,
                             List<vn.motcua.catalog.Fee> fees) {
    }

    /** The form of a procedure that can be filed online today; empty when it has no version in force or is not. */
    @Transactional
    public java.util.Optional<FilingForm> form(String procedureCode) {
        return catalog.versionInForce(procedureCode, BusinessTime.dateOf(clock.instant()))
                .filter(v -> v.getProcedure().getOnlineLevel().allowsOnlineFiling())
                .map(v -> new FilingForm(procedureCode, v.getProcedure().getName(), v.getProcedure().getOnlineLevel(),
                        v.routingChain().map(c -> c.receivingLevel()).orElse(v.getProcedure().getCompetentLevel()),
                        List.copyOf(v.getComponents()), List.copyOf(v.getFees())));
    }

    /** The components of the procedure's version in force today, in order (position = index + 1). */
    @Transactional
    public List<Component> components(String procedureCode) {
        return List.copyOf(version(procedureCode).getComponents());
    }

    /**
     * Stores the file of component {@code position} (1-based) of the procedure's version in force today.
     *
     * @throws InvalidRequestException when the procedure has no such component
     */
    @Transactional
    public StoredDocument upload(Actor citizen, String procedureCode, int position, InputStream content,
                                 String fileName, String declaredType) {
        List<Component> components = version(procedureCode).getComponents();
        if (position < 1 || position > components.size()) {
            throw new InvalidRequestException("Thủ tục " + procedureCode + " không có thành phần hồ sơ số " + position);
        }
        Component component = components.get(position - 1);
        return documents.store(citizen, content, fileName, declaredType, DocumentPurpose.DOSSIER_COMPONENT,
                ComponentFiles.rules(component));
    }

    private ProcedureVersion version(String procedureCode) {
        return catalog.versionInForce(procedureCode, BusinessTime.dateOf(clock.instant()))
                .orElseThrow(() -> new NotFoundException("procedure " + procedureCode + " is not in force"));
    }
}
