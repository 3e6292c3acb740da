package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dossier's legal clock, derived from its history of clock events and never set by hand: when time started, the
 * intervals during which it ran (pauses for a supplement, a payment or a tax obligation do not count), the due time
 * the law gives (the original one, kept for the national index) and the one the citizen was promised after the one
 * allowed extension, and how the finished dossier stands against both.
 *
 * @param legalTime the time limit as working time (working days are eight working hours)
 */
public record LegalClock(List<Event> events, Duration legalTime, WorkingCalendar calendar) {

    /** What happened to the clock. */
    public enum Kind {
        /** Receipt of a complete, valid dossier (already normalised by the cut-off rule). */
        START,
        /** Waiting for the applicant (supplement under the pause policy), for a payment or a tax obligation. */
        PAUSE,
        RESUME,
        /** A supplement under the restart policy: the whole time limit runs again from the complete dossier. */
        RESTART,
        /** The one extension, announced by an apology (form 04) with a new date. */
        EXTEND,
        FINISH,
        /** The applicant withdrew, or processing was stopped: no timeliness is measured. */
        STOP
    }

    /**
     * One clock event.
     *
     * @param extendedTo for {@link Kind#EXTEND}, the new due time promised in the apology
     */
    public record Event(Kind kind, Instant at, Instant extendedTo) {
        public Event {
            Objects.requireNonNull(kind, "kind is required");
            Objects.requireNonNull(at, "time is required");
            if (kind == Kind.EXTEND && extendedTo == null) {
                throw new IllegalArgumentException("an extension needs its new due time");
            }
        }

        public static Event of(Kind kind, Instant at) {
            return new Event(kind, at, null);
        }
    }

    /** A stretch of time during which the clock ran; {@code end} is null while it still runs. */
    public record Run(Instant start, Instant end) {
    }

    public LegalClock {
        events = List.copyOf(events);
        Objects.requireNonNull(legalTime, "legal time is required");
        Objects.requireNonNull(calendar, "calendar is required");
    }

    public boolean started() {
        return events.stream().anyMatch(e -> e.kind() == Kind.START);
    }

    public boolean paused() {
        Kind last = lastRunning();
        return last == Kind.PAUSE;
    }

    public boolean finished() {
        return events.stream().anyMatch(e -> e.kind() == Kind.FINISH);
    }

    public boolean stopped() {
        return events.stream().anyMatch(e -> e.kind() == Kind.STOP);
    }

    public boolean extended() {
        return events.stream().anyMatch(e -> e.kind() == Kind.EXTEND);
    }

    private Kind lastRunning() {
        Kind last = null;
        for (Event e : events) {
            if (e.kind() != Kind.EXTEND) {
                last = e.kind();
            }
        }
        return last;
    }

    /** The stretches during which the clock ran, from the last start or restart. */
    public List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        Instant since = null;
        for (Event e : events) {
            switch (e.kind()) {
                case START, RESTART -> {
                    runs.clear();
                    since = e.at();
                }
                case RESUME -> since = since == null ? e.at() : since;
                case PAUSE, FINISH, STOP -> {
                    if (since != null) {
                        runs.add(new Run(since, e.at()));
                        since = null;
                    }
                }
                case EXTEND -> {
                }
            }
        }
        if (since != null) {
            runs.add(new Run(since, null));
        }
        return runs;
    }

    /** Working time the extension added: from the due time when it was granted to the date in the apology. */
    public Duration extension() {
        Duration added = Duration.ZERO;
        List<Event> before = new ArrayList<>();
        for (Event e : events) {
            if (e.kind() == Kind.EXTEND) {
                Instant due = new LegalClock(before, legalTime.plus(added), calendar).dueWithin(legalTime.plus(added));
                if (due != null && e.extendedTo().isAfter(due)) {
                    added = added.plus(calendar.workingTimeBetween(due, e.extendedTo()));
                }
            }
            before.add(e);
        }
        return added;
    }

    /** The due time by law, without the extension; null before the start and while paused with time left. */
    public Instant originalDue() {
        return dueWithin(legalTime);
    }

    /** The due time the citizen was given: the extended one if there was an extension, else the original. */
    public Instant due() {
        return dueWithin(legalTime.plus(extension()));
    }

    /**
     * Where the clock reaches {@code limit} of running time: inside a past run if it already did, else that much after
     * the start of the last run (also for a finished dossier: where it would have been due). Null when not started,
     * or paused with time left.
     */
    Instant dueWithin(Duration limit) {
        List<Run> runs = runs();
        if (runs.isEmpty()) {
            return null;
        }
        Duration left = limit;
        for (Run run : runs) {
            if (run.end() == null) {
                return calendar.plusWorkingTime(run.start(), left);
            }
            Duration ran = calendar.workingTimeBetween(run.start(), run.end());
            if (ran.compareTo(left) >= 0) {
                return calendar.plusWorkingTime(run.start(), left);
            }
            left = left.minus(ran);
        }
        Kind last = lastRunning();
        if (last == Kind.PAUSE) {
            return null;
        }
        return calendar.plusWorkingTime(runs.get(runs.size() - 1).start(), left.plus(
                calendar.workingTimeBetween(runs.get(runs.size() - 1).start(), runs.get(runs.size() - 1).end())));
    }

    /** Working time left at {@code now} against the citizen's due time (negative when overdue); null if not started. */
    public Duration remaining(Instant now) {
        List<Run> runs = runs();
        if (runs.isEmpty()) {
            return null;
        }
        Duration used = Duration.ZERO;
        for (Run run : runs) {
            Instant end = run.end() == null || run.end().isAfter(now) ? now : run.end();
            if (end.isAfter(run.start())) {
                used = used.plus(calendar.workingTimeBetween(run.start(), end));
            }
        }
        return legalTime.plus(extension()).minus(used);
    }

    /**
     * The due time of a step opened at {@code openedAt} with {@code allocation} of working time: pauses of the
     * dossier while the step is open do not count against it.
     */
    public Instant stepDue(Instant openedAt, Duration allocation) {
        Duration left = allocation;
        Instant cursor = openedAt;
        for (Run run : runs()) {
            if (run.end() != null && !run.end().isAfter(cursor)) {
                continue;
            }
            Instant from = run.start().isAfter(cursor) ? run.start() : cursor;
            if (run.end() == null) {
                return calendar.plusWorkingTime(from, left);
            }
            Duration ran = calendar.workingTimeBetween(from, run.end());
            if (ran.compareTo(left) >= 0) {
                return calendar.plusWorkingTime(from, left);
            }
            left = left.minus(ran);
            cursor = run.end();
        }
        return calendar.plusWorkingTime(cursor, left);
    }

    /** How the dossier stands for the citizen (against the extended due time, if any). */
    public Timeliness timeliness(Instant now) {
        if (stopped()) {
            return Timeliness.NO_DUE_DATE;
        }
        return Timeliness.of(due(), finishedAt(), now, calendar);
    }

    /** How the dossier stands against the time the law gave, ignoring the extension (what the national index counts). */
    public Timeliness originalTimeliness(Instant now) {
        if (stopped()) {
            return Timeliness.NO_DUE_DATE;
        }
        return Timeliness.of(originalDue(), finishedAt(), now, calendar);
    }

    public Instant finishedAt() {
        return events.stream().filter(e -> e.kind() == Kind.FINISH).map(Event::at).findFirst().orElse(null);
    }
}
