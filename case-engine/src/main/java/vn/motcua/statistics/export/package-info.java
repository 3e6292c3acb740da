/**
 * Exports of the supervision dashboard: every table as an Excel workbook (real numbers and dates, frozen header,
 * totals) or CSV (UTF-8 with a byte-order mark), the periodic one-stop report as Excel and PDF, and the requests
 * for large exports that a recurring job builds in the background into the shared file store.
 */
package vn.motcua.statistics.export;
