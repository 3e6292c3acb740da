package vn.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;

/**
 * One component of a dossier (thành phần hồ sơ) as a procedure version asks for it.
 *
 * @param replaceableBy  the database whose lookup replaces the paper (e.g. the national population database), or null
 * @param templateName   the form template (mẫu đơn, tờ khai) to fill in, or null
 * @param templateDocumentId the template file in the document store, once an administrator has uploaded one (not
 *                           part of the exchange format: files are attached in each installation)
 * @param acceptedTypes  media types accepted for an upload, separated by commas
 */
@Embeddable
public record Component(
        @Column(name = "name", nullable = false, length = 1000) String name,
        @Enumerated(EnumType.STRING) @Column(name = "requirement", nullable = false, length = 20) Requirement requirement,
        @Column(name = "originals", nullable = false) int originals,
        @Column(name = "copies", nullable = false) int copies,
        @Column(name = "replaceable_by") String replaceableBy,
        @Column(name = "template_name", length = 500) String templateName,
        @Column(name = "template_document_id") Long templateDocumentId,
        @Column(name = "accepted_types", nullable = false, length = 200) String acceptedTypes,
        @Column(name = "max_size_kb", nullable = false) int maxSizeKb,
        @Column(name = "min_pages", nullable = false) int minPages,
        @Column(name = "max_pages") Integer maxPages) {

    public List<String> acceptedTypeList() {
        return acceptedTypes == null || acceptedTypes.isBlank() ? List.of()
                : Arrays.stream(acceptedTypes.split(",")).map(String::trim).toList();
    }

    public Component withTemplateDocument(Long documentId) {
        return new Component(name, requirement, originals, copies, replaceableBy, templateName, documentId,
                acceptedTypes, maxSizeKb, minPages, maxPages);
    }
}
