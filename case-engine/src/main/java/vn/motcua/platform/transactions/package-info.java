/**
 * How a use case's transaction meets concurrent work on the same rows: a use case that loses an optimistic-lock race
 * (typically against the workflow engine's job executor firing one of the step's timers) is run again, whole, in a
 * new transaction.
 */
package vn.motcua.platform.transactions;
