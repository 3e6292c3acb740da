/**
 * Recurring jobs that run once per occurrence in a cluster: reconciliations, reminders, exports. A job is one CDI
 * bean implementing {@link vn.motcua.platform.jobs.RecurringJob}; every node polls the {@code recurring_job} table on
 * a container-managed thread and claims a due job with a conditional UPDATE (a database lock with an expiry), so a
 * job runs on one node per occurrence, survives restarts, and follows the application clock. Schedules are cron
 * expressions in Vietnam's time zone or fixed intervals, overridable by configuration; administrators pause, resume
 * and run jobs now from the admin page through {@link vn.motcua.platform.jobs.RecurringJobs}.
 *
 * <p>The core ({@link vn.motcua.platform.jobs.JobScheduler}, {@link vn.motcua.platform.jobs.JobStore},
 * {@link vn.motcua.platform.jobs.Schedule}) needs only a data source and a clock; the container wiring is
 * {@link vn.motcua.platform.jobs.JobPolling} and {@link vn.motcua.platform.jobs.JobTransactions}.
 */
package vn.motcua.platform.jobs;
