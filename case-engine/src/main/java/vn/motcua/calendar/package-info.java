/**
 * Working time: the working calendar (working hours, weekends, days off and make-up working days) and the due dates
 * and timeliness derived from it. Plain Java, no container: everything that decides "when is this due" and "is it
 * late" lives here, so the desk, the worklist, the dashboards and the timers agree.
 */
package vn.motcua.calendar;
