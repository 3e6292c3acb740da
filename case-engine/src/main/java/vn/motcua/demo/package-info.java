/**
 * The demo province's dossiers. On the first start with demo data, dossiers are filed, received, handled, signed
 * off and returned through the application services themselves, with the application clock set back, so the demo
 * holds live processes, finished and overdue dossiers relative to today. Only reference data (units, procedures,
 * accounts) comes from SQL.
 */
package vn.motcua.demo;
