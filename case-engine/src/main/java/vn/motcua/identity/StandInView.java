package vn.motcua.identity;

import java.time.LocalDate;

/** A stand-in as lists show it. */
public record StandInView(long id, String absentUsername, String absentName, String deputyUsername,
                          String deputyName, LocalDate validFrom, LocalDate validTo, String reason, boolean revoked) {

    static StandInView of(StandIn s) {
        return new StandInView(s.getId(), s.getAbsent().getUsername(), s.getAbsent().getDisplayName(),
                s.getDeputy().getUsername(), s.getDeputy().getDisplayName(), s.getValidFrom(), s.getValidTo(),
                s.getReason(), s.getRevokedAt() != null);
    }
}
