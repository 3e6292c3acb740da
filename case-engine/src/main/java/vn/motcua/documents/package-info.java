/**
 * Documents: the content-addressed store of uploaded and generated files, and the rendering of official documents
 * to PDF.
 *
 * <ul>
 *   <li>{@code application.DocumentStore} keeps a file under the document root, named by its SHA-256, with a
 *   metadata row per upload; uploads are checked by content (type, size, pages) before anything is kept, and a read
 *   whose bytes no longer match their checksum is refused.</li>
 *   <li>{@code rendering.PdfRenderer} turns a FreeMarker template (replaceable by an administrator) into an
 *   A4 document with embedded fonts, Decree 30/2020 layout helpers and QR codes. Each form has a model record
 *   naming its template: the receipt (form 01), the apology and new appointment (form 04), the process control
 *   sheet (form 06).</li>
 * </ul>
 */
package vn.motcua.documents;
