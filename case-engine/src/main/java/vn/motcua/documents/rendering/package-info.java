/**
 * Official documents as PDF: a model record per document, a FreeMarker template per record, laid out by
 * {@link vn.motcua.documents.rendering.PdfRenderer} in the layout of Decree 30/2020/NĐ-CP ({@code official.ftlx}).
 *
 * <p>The one-stop forms and their numbers under Circular 03/2025/TT-VPCP and Circular 01/2018/TT-VPCP are listed,
 * with their records and templates, in {@link vn.motcua.documents.rendering.OneStopForm}: 01 receipt
 * ({@code DossierReceipt}), 02 supplement request ({@code SupplementRequest}), 03 refusal ({@code ReceiptRefusal}), 04
 * apology ({@code ApologyLetter}), 05 stop notice ({@code StopNotice}), 06 control sheet ({@code ControlSheet}), 07
 * tracking book ({@code TrackingBook}). The result of a procedure is a
 * {@link vn.motcua.documents.rendering.ResultDocument}, which leaves room on its last page for the visible digital
 * signatures. Headings and signers of the newer records are the value records
 * {@link vn.motcua.documents.rendering.Letterhead} and {@link vn.motcua.documents.rendering.Signer}.
 */
package vn.motcua.documents.rendering;
