/** The supervision queries the dashboard, the exports and the open-data API read. */
package vn.motcua.statistics.application;
