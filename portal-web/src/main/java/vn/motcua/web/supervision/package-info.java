/**
 * The supervisors' pages: the dashboard (period and scope as bookmarkable GET parameters, indicators, charts with
 * their numbers in tables, bottlenecks, the summary with drill-down into a unit, the overdue list), the Decision
 * 766 index, and "my exports" with the background builds' progress and downloads.
 */
package vn.motcua.web.supervision;
