package vn.motcua.platform.jobs;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.motcua.platform.time.BusinessTime;

/**
 * When a job is due: a five-field Unix cron expression read in Asia/Ho_Chi_Minh ({@code 30 2 * * *} is 02:30 Vietnam
 * time every day), or an ISO-8601 duration for a fixed interval ({@code PT15M}). Occurrences are whole seconds.
 */
public sealed interface Schedule {

    /** The first occurrence strictly after {@code instant}. */
    Instant nextAfter(Instant instant);

    /** The expression this schedule was read from, as stored and shown. */
    String expression();

    /** Reads a cron expression or an ISO-8601 duration; a clear {@link IllegalArgumentException} otherwise. */
    static Schedule parse(String expression) {
        Objects.requireNonNull(expression, "schedule is required");
        String trimmed = expression.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("schedule is empty");
        }
        if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
            return Interval.of(trimmed);
        }
        return CronExpression.of(trimmed);
    }

    /** Runs every fixed {@code period}, counted from the previous occurrence. */
    record Interval(String expression, Duration period) implements Schedule {

        static Interval of(String expression) {
            Duration period;
            try {
                period = Duration.parse(expression);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + expression + "' is not an ISO-8601 duration such as PT15M");
            }
            if (period.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("interval '" + expression + "' must be at least one second");
            }
            return new Interval(expression, period);
        }

        @Override
        public Instant nextAfter(Instant instant) {
            return instant.truncatedTo(ChronoUnit.SECONDS).plus(period);
        }
    }

    /** A Unix cron expression evaluated in Vietnam's time zone. */
    record CronExpression(String expression, ExecutionTime executionTime) implements Schedule {

        private static final CronParser PARSER =
                new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

        static CronExpression of(String expression) {
            Cron cron;
            try {
                cron = PARSER.parse(expression).validate();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + expression + "' is neither a five-field cron expression "
                        + "(minute hour day-of-month month day-of-week) nor an ISO-8601 duration: " + e.getMessage());
            }
            return new CronExpression(expression, ExecutionTime.forCron(cron));
        }

        @Override
        public Instant nextAfter(Instant instant) {
            ZonedDateTime from = ZonedDateTime.ofInstant(instant, BusinessTime.ZONE);
            return executionTime.nextExecution(from)
                    .map(ZonedDateTime::toInstant)
                    .orElseThrow(() -> new IllegalStateException("cron '" + expression + "' has no occurrence after "
                            + instant));
        }
    }
}
