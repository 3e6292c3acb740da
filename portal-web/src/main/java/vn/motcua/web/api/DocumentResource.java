package vn.motcua.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.motcua.documents.application.DocumentContent;
import vn.motcua.documents.application.DocumentStore;
import vn.motcua.documents.application.StoredDocument;
import vn.motcua.documents.domain.DocumentPurpose;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

/**
 * Upload and download of documents. Any signed-in user uploads: citizens the papers of their dossiers, officials
 * also scans and working files (documents the system issues are stored by the server itself, never uploaded). The
 * uploader and every official may read a document back; object-level rules per dossier come with the dossier's
 * components. Refusals are problem details with the Vietnamese reason (see {@link DocumentProblems}).
 */
@Path("v1/documents")
@RequestScoped
public class DocumentResource {

    private static final Set<DocumentPurpose> CITIZEN_PURPOSES = Set.of(DocumentPurpose.DOSSIER_COMPONENT);
    private static final Set<DocumentPurpose> OFFICIAL_PURPOSES = Set.of(DocumentPurpose.DOSSIER_COMPONENT,
            DocumentPurpose.SCAN, DocumentPurpose.WORKING_FILE);

    @Inject
    DocumentStore store;

    @Inject
    Actor actor;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "Store a file (form field 'file'; optional 'purpose': dossier-component, scan, working-file; "
            + "for a component of a dossier being filed, 'procedure' and 'component' (its position from 1) check the "
            + "file against the component's own types, size and pages)")
    public Response upload(@FormParam("file") EntityPart file, @FormParam("purpose") String purpose,
                           @FormParam("procedure") String procedure, @FormParam("component") String component)
            throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("Thiếu tệp tải lên (trường 'file' của biểu mẫu multipart/form-data).");
        }
        DocumentPurpose chosen = purpose(purpose);
        boolean official = actor.grants().stream().anyMatch(g -> g.role() != Role.CITIZEN);
        if (!(official ? OFFICIAL_PURPOSES : CITIZEN_PURPOSES).contains(chosen)) {
            throw new AccessDeniedException("not allowed to upload documents of purpose " + chosen);
        }
        try (InputStream content = file.getContent()) {
            String name = file.getFileName().map(DocumentResource::utf8).orElse(null);
            String type = file.getMediaType() == null ? null : file.getMediaType().toString();
            StoredDocument stored = procedure == null || procedure.isBlank()
                    ? store.store(actor, content, name, type, chosen)
                    : componentUploads.upload(actor, procedure.strip(), position(component), content, name, type);
            return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(stored)
                    .build();
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({"CITIZEN", "DESK_OFFICER", "SPECIALIST", "UNIT_HEAD", "LEADER", "CLERK", "SUPERVISOR", "ADMIN"})
    @Operation(hidden = true, summary = "The bytes of a document, checked against their SHA-256 before they are sent")
    public Response download(@PathParam("id") long id) {
        return file(store.open(actor, id));
    }

    /** A stored file as a download: checked bytes, its type, length, names (ASCII and UTF-8) and checksum. */
    static Response file(DocumentContent content) {
        StoredDocument document = content.document();
        StreamingOutput body = out -> {
            try (content) {
                content.bytes().transferTo(out);
            }
        };
        return Response.ok(body, document.mediaType())
                .header("Content-Length", document.size())
                .header("Content-Disposition", "attachment; filename=\"" + asciiName(document.originalName())
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(document.originalName(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .tag(document.sha256())
                .build();
    }

    @Inject
    vn.motcua.dossier.application.ComponentUploads componentUploads;

    private static int position(String component) {
        try {
            return Integer.parseInt(component == null ? "" : component.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Thiếu hoặc sai số thứ tự thành phần hồ sơ (trường 'component', từ 1).");
        }
    }

    private static DocumentPurpose purpose(String value) {
        if (value == null || value.isBlank()) {
            return DocumentPurpose.DOSSIER_COMPONENT;
        }
        try {
            return DocumentPurpose.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Mục đích tải lên không hợp lệ: '" + value
                    + "' (dùng dossier-component, scan hoặc working-file).");
        }
    }

    /**
     * The file name as the browser meant it. Browsers send it as UTF-8 bytes in the part's header, which the
     * multipart reader takes for ISO-8859-1 characters; a name whose characters are such bytes and form valid UTF-8
     * is decoded again (a real ISO-8859-1 name such as "café.pdf" is not valid UTF-8 and stays as it is).
     */
    static String utf8(String name) {
        if (name.chars().allMatch(c -> c < 256) && name.chars().anyMatch(c -> c >= 128)) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(name.getBytes(StandardCharsets.ISO_8859_1)))
                        .toString();
            } catch (CharacterCodingException e) {
                return name;
            }
        }
        return name;
    }

    /** The name for clients that do not read {@code filename*}: ASCII letters, digits and a few signs only. */
    private static String asciiName(String name) {
        String plain = java.text.Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
