/**
 * Context {@code statistics}: the supervision read model (one row per dossier and per step, kept in the same
 * transaction as every dossier change, never recomputed from the engine's tables), the dashboard's indicators, the
 * Decision 766 index and the open-data summaries.
 */
package vn.motcua.statistics;
