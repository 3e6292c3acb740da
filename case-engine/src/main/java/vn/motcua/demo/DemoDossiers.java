package vn.motcua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.motcua.dossier.application.DossierFiling;
import vn.motcua.dossier.application.DossierQueries;
import vn.motcua.dossier.application.DossierSteps;
import vn.motcua.dossier.application.DossierView;
import vn.motcua.dossier.application.FilingRequest;
import vn.motcua.dossier.application.StepOutcome;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.identity.AccountRepository;
import vn.motcua.identity.Actor;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.results.SigningCapacity;
import vn.motcua.workflow.WorkflowGateway;
import vn.motcua.workflow.engine.WorkflowSettings;

/**
 * Files and moves the demo dossiers through the application services, with the application clock set back to when
 * each thing happened. Runs once per database ({@code demo_run}), before the node's job executor starts, so that no
 * timer or async step races the moved clock; the clock is reset to real time afterwards, whatever happens. A failing
 * scenario is a defect: it stops the node's start-up with its cause rather than leaving a half-told demo unnoticed.
 *
 * <p>Times are counted in working days back from today (Monday to Friday; "today" is Vietnam's date), so the demo
 * always holds dossiers waiting for intake, in every processing step, overdue, and finished early or late.
 */
@ApplicationScoped
public class DemoDossiers {

    static final String DATA_SET = "dossiers-v1";

    private static final Logger LOG = Logger.getLogger(DemoDossiers.class.getName());

    private static final String UNIT = "000.30.01.H29";
    /** The demo accounts' password (README), with which the demo leader re-confirms signing like a real one. */
    private static final String DEMO_PASSWORD = "MotCua@2026";
    private static final String BIRTH = "1.001193";

    /** Monday 2 November 2026, 09:00 in Vietnam: the filing time of the README's lookup example. */
    static final Instant LOOKUP_EXAMPLE_FILED = Instant.parse("2026-11-02T02:00:00Z");
    private static final String MARRIAGE = "1.000894";
    private static final String BUILDING = "1.013225";
    /** Routed across levels: the commune, then the city department (before the 2025 reform: the district too). */
    private static final String MARTYR_RELATIVES = "1.010801";

    @Inject
    ApplicationClock clock;

    @Inject
    DataSource dataSource;

    @Inject
    DossierFiling filing;

    @Inject
    DossierSteps steps;

    @Inject
    DossierQueries queries;

    @Inject
    AccountRepository accounts;

    @Inject
    WorkflowGateway workflow;

    @Inject
    WorkflowSettings settings;

    /** Loads the demo dossiers unless this database already has them (or another node is loading them). */
    public void loadOnFirstStart() {
        Instant realNow = clock.instant();
        if (!claim(realNow)) {
            LOG.info("Demo dossiers already loaded in this database");
            return;
        }
        long started = System.nanoTime();
        try {
            int count = new Scenarios(BusinessTime.dateOf(realNow), realNow).play();
            LOG.info(() -> String.format("Demo: %d dossiers filed and moved through their steps in %d ms", count,
                    (System.nanoTime() - started) / 1_000_000));
        } finally {
            clock.reset();
        }
    }

    private boolean claim(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO demo_run (name, started_at, node) VALUES (?, ?, ?)")) {
            insert.setString(1, DATA_SET);
            insert.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC)));
            insert.setString(3, settings.lockOwner());
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                // The container's pooled connections do not auto-commit outside a transaction.
                connection.commit();
            }
            return true;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw new IllegalStateException("cannot record the demo run", e);
        }
    }

    /** The demo's stories, told at their own (past) times. */
    private final class Scenarios {

        private final LocalDate today;
        private final Instant realNow;
        private final Actor citizen = actor("congdan.an");
        private final Actor desk = actor("motcua.tdm");
        private final Actor specialist = actor("chuyenvien.tdm");
        private final Actor leader = actor("lanhdao.tdm");
        private final Actor clerk = actor("vanthu.tdm");
        private final Actor unitHead = actor("truongphong.tdm");
        private int filed;

        Scenarios(LocalDate today, Instant realNow) {
            this.today = today;
            this.realNow = realNow;
        }

        int play() {
            // The README's example for the public lookup: filed on a fixed day, so its code is always
            // 000.30.01.H29-261102-0001 (phone ending 5678); the desk asked for a supplement.
            DossierCode example = file(LOOKUP_EXAMPLE_FILED, MARTYR_RELATIVES, "Đoàn Văn Khải", "079064002211",
                    Map.of("martyrName", "Đoàn Văn Sáu", "relationship", "Con"));
            act(LOOKUP_EXAMPLE_FILED.plus(Duration.ofHours(1)), desk, example, "deskReceives",
                    StepOutcome.REQUEST_SUPPLEMENT, "Bổ sung bản sao Bằng Tổ quốc ghi công.");

            // Waiting for intake: filed an hour ago, and two working days ago (the desk is late).
            file(realNow.minus(Duration.ofHours(1)), BIRTH, "Nguyễn Văn An", "079203001234",
                    Map.of("childName", "Nguyễn Minh Khôi", "childBirthDate", "2026-11-02",
                            "childBirthPlace", "Bệnh viện Đa khoa Bình Dương"));
            file(at(2, 16, 40), MARRIAGE, "Nguyễn Văn An", "079203001234", Map.of("spouseName", "Trần Thị Mai"));

            // Received and already overdue: one working day allowed, nobody has taken it up.
            DossierCode overdueIntake = file(at(3, 8, 0), BIRTH, "Lê Thị Hồng", "074185000321",
                    Map.of("childName", "Phạm Gia Bảo", "childBirthDate", "2026-10-28"));
            act(at(3, 9, 0), desk, overdueIntake, "deskReceives", StepOutcome.ACCEPT, null);

            // In processing, within time.
            DossierCode marriage = file(at(4, 10, 0), MARRIAGE, "Trần Quốc Tuấn", "079095004567",
                    Map.of("spouseName", "Võ Thị Lan"));
            act(at(4, 10, 30), desk, marriage, "deskReceives", StepOutcome.ACCEPT, null);
            take(at(3, 8, 15), marriage);

            // Fifteen working days allowed, sent back once by the leader, and now overdue.
            DossierCode permit = file(at(21, 9, 30), BUILDING, "Nguyễn Văn An", "079203001234",
                    Map.of("plotAddress", "Thửa 245, tờ bản đồ 12, khu phố 3, phường Thủ Dầu Một"));
            act(at(20, 9, 0), desk, permit, "deskReceives", StepOutcome.ACCEPT, null);
            take(at(19, 8, 30), permit);
            act(at(6, 15, 0), specialist, permit, "specialistHandles", StepOutcome.SUBMIT_DRAFT,
                    "Đủ điều kiện cấp phép; dự thảo giấy phép kèm theo.");
            act(at(5, 10, 0), leader, permit, "leaderApproves", StepOutcome.RETURN_FOR_REWORK,
                    "Đề nghị kiểm tra lại chỉ giới xây dựng theo quy hoạch phân khu.");

            // Waiting for the leader.
            DossierCode awaitingLeader = file(at(6, 14, 0), MARRIAGE, "Đặng Thị Thu", "080190007788",
                    Map.of("spouseName", "Hoàng Văn Nam"));
            act(at(6, 14, 20), desk, awaitingLeader, "deskReceives", StepOutcome.ACCEPT, null);
            take(at(5, 8, 0), awaitingLeader);
            act(at(3, 10, 0), specialist, awaitingLeader, "specialistHandles", StepOutcome.SUBMIT_DRAFT,
                    "Hai bên đủ điều kiện kết hôn.");

            // Approved, waiting for the clerk to number and issue it.
            DossierCode issuing = file(at(12, 9, 0), BUILDING, "Phan Thanh Hải", "079088009911",
                    Map.of("plotAddress", "Thửa 88, tờ bản đồ 5, khu phố 1, phường Thủ Dầu Một"));
            act(at(11, 8, 0), desk, issuing, "deskReceives", StepOutcome.ACCEPT, null);
            take(at(10, 8, 0), issuing);
            act(at(4, 9, 0), specialist, issuing, "specialistHandles", StepOutcome.SUBMIT_DRAFT,
                    "Hồ sơ hợp lệ, đề nghị cấp giấy phép.");
            act(at(2, 14, 0), leader, issuing, "leaderApproves", StepOutcome.APPROVE, null);

            // Result ready at the desk, waiting for the applicant.
            DossierCode ready = file(at(2, 7, 40), BIRTH, "Ngô Thị Yến", "075196002468",
                    Map.of("childName", "Ngô Bảo Ngọc", "childBirthDate", "2026-11-10"));
            finishUpTo(ready, at(2, 8, 0), at(2, 8, 30), at(2, 9, 0), at(2, 9, 30), at(2, 10, 0), null);

            // Finished early, and finished late.
            DossierCode early = file(at(15, 8, 0), MARRIAGE, "Bùi Minh Châu", "079099003355",
                    Map.of("spouseName", "Lý Gia Hân"));
            finishUpTo(early, at(15, 8, 30), at(15, 9, 0), at(14, 10, 0), at(13, 9, 0), at(13, 10, 0),
                    at(12, 9, 0));
            DossierCode late = file(at(10, 13, 45), BIRTH, "Trương Văn Lực", "072187006644",
                    Map.of("childName", "Trương An Nhiên", "childBirthDate", "2026-10-20"));
            finishUpTo(late, at(10, 14, 0), at(9, 8, 0), at(8, 9, 0), at(8, 15, 0), at(7, 9, 0), at(7, 10, 0));

            // Refused at intake, with the reason the applicant is told.
            DossierCode refused = file(at(8, 10, 0), BUILDING, "Mai Văn Sơn", "079070001122",
                    Map.of("plotAddress", "Thửa 12, tờ bản đồ 30, khu phố 6, phường Thủ Dầu Một"));
            act(at(7, 9, 30), desk, refused, "deskReceives", StepOutcome.REFUSE,
                    "Thiếu bản vẽ thiết kế xây dựng theo quy định; đề nghị bổ sung và nộp lại hồ sơ.");

            // Across levels (1.010801): at the commune, assigned to its specialist.
            DossierCode atCommune = file(at(2, 9, 0), MARTYR_RELATIVES, "Võ Văn Tám", "079060004411",
                    Map.of("martyrName", "Võ Văn Chín", "martyrCertificate", "GCN-1979-0112", "relationship", "Con"));
            act(at(2, 9, 30), desk, atCommune, "deskReceives", StepOutcome.ACCEPT, null);
            assign(at(2, 10, 0), atCommune);

            // Across levels: the commune certified and forwarded it; the city department has not assigned it yet.
            DossierCode atDepartment = file(at(6, 8, 30), MARTYR_RELATIVES, "Huỳnh Thị Mười", "079055006677",
                    Map.of("martyrName", "Huỳnh Văn Năm", "martyrCertificate", "GCN-1972-3381", "relationship", "Vợ"));
            act(at(6, 9, 0), desk, atDepartment, "deskReceives", StepOutcome.ACCEPT, null);
            assign(at(6, 10, 0), atDepartment);
            act(at(5, 14, 0), specialist, atDepartment, "specialistHandles", StepOutcome.SUBMIT_DRAFT,
                    "Xác nhận đúng là thân nhân liệt sĩ, đang cư trú tại phường; đủ điều kiện.");
            act(at(4, 9, 0), unitHead, atDepartment, "unitHeadReviews", StepOutcome.ENDORSE, null);
            act(at(4, 15, 0), leader, atDepartment, "leaderApproves", StepOutcome.FORWARD, null);

            // Asked at intake to complete the dossier (form 02), waiting for the applicant.
            DossierCode incomplete = file(at(1, 8, 15), MARTYR_RELATIVES, "Lưu Văn Hòa", "079062008899",
                    Map.of("martyrName", "Lưu Văn Bình", "relationship", "Con"));
            act(at(1, 9, 0), desk, incomplete, "deskReceives", StepOutcome.REQUEST_SUPPLEMENT,
                    "Bổ sung bản sao Bằng Tổ quốc ghi công và giấy tờ chứng minh quan hệ với liệt sĩ.");

            // The commune's specialist asked Sở Nội vụ for its opinion (three working days); it has not answered yet.
            DossierCode consulting = file(at(2, 8, 0), MARTYR_RELATIVES, "Phan Thị Hạnh", "079058003322",
                    Map.of("martyrName", "Phan Văn Tư", "martyrCertificate", "GCN-1968-0907", "relationship", "Con"));
            act(at(2, 8, 30), desk, consulting, "deskReceives", StepOutcome.ACCEPT, null);
            assign(at(2, 9, 0), consulting);
            clock.setTo(at(1, 10, 0));
            steps.completeWith(specialist, openStep(specialist, consulting, "specialistHandles").taskId(),
                    StepOutcome.CONSULT, new DossierSteps.StepInput(
                            "Đề nghị xác nhận thông tin liệt sĩ trong cơ sở dữ liệu người có công", null,
                            java.util.List.of("000.00.02.H29"), 3), null);

            // Withdrawn at the applicant's request: everything open was cancelled, the clock stopped (form 05).
            DossierCode withdrawn = file(at(5, 14, 0), MARTYR_RELATIVES, "Trần Văn Mạnh", "079061005544",
                    Map.of("martyrName", "Trần Văn Lợi", "relationship", "Con"));
            act(at(5, 14, 30), desk, withdrawn, "deskReceives", StepOutcome.ACCEPT, null);
            clock.setTo(at(4, 9, 0));
            steps.recordWithdrawal(desk, withdrawn.value(), "Người nộp có đơn đề nghị rút hồ sơ để bổ sung giấy tờ");
            return filed;
        }

        /** Intake to issue (and hand-over when {@code returned} is given); the publication step runs in between. */
        private void finishUpTo(DossierCode code, Instant accepted, Instant taken, Instant drafted, Instant approved,
                                Instant issued, Instant returned) {
            act(accepted, desk, code, "deskReceives", StepOutcome.ACCEPT, null);
            take(taken, code);
            act(drafted, specialist, code, "specialistHandles", StepOutcome.SUBMIT_DRAFT, "Đủ điều kiện giải quyết.");
            act(approved, leader, code, "leaderApproves", StepOutcome.APPROVE, null);
            act(issued, clerk, code, "clerkIssues", StepOutcome.ISSUE, null);
            clock.setTo(issued.plusSeconds(5));
            workflow.runWaitingAsyncSteps(code.value());
            if (returned != null) {
                act(returned, desk, code, "deskReturnsResult", StepOutcome.HAND_OVER, null);
            }
        }

        private DossierCode file(Instant at, String procedure, String applicant, String personalId,
                                 Map<String, String> fields) {
            clock.setTo(at);
            filed++;
            return filing.fileOnline(citizen, new FilingRequest(procedure, UNIT, applicant, personalId,
                    "0912345678", "congdan.an@example.vn", fields));
        }

        /** The commune's unit head gives a cross-level dossier to the commune's specialist. */
        private void assign(Instant at, DossierCode code) {
            clock.setTo(at);
            steps.completeWith(unitHead, openStep(unitHead, code, "unitHeadAssigns").taskId(), StepOutcome.ASSIGN,
                    new DossierSteps.StepInput(null, specialist.username(), java.util.List.of(), null), null);
        }

        private void take(Instant at, DossierCode code) {
            clock.setTo(at);
            steps.claim(specialist, openStep(specialist, code, "specialistHandles").taskId());
        }

        private void act(Instant at, Actor official, DossierCode code, String stepKey, StepOutcome outcome,
                         String reason) {
            clock.setTo(at);
            DossierSteps.Signature signature = outcome == StepOutcome.APPROVE
                    ? new DossierSteps.Signature(DEMO_PASSWORD.toCharArray(), SigningCapacity.ON_BEHALF) : null;
            steps.complete(official, openStep(official, code, stepKey).taskId(), outcome, reason, signature);
        }

        private DossierView.StepView openStep(Actor official, DossierCode code, String stepKey) {
            return queries.dossier(official, code.value()).openSteps().stream()
                    .filter(step -> step.stepKey().equals(stepKey))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("dossier " + code + " has no open step " + stepKey));
        }

        /** {@code workingDaysAgo} working days (Monday to Friday) before today, at a local time in Vietnam. */
        private Instant at(int workingDaysAgo, int hour, int minute) {
            LocalDate day = today;
            int left = workingDaysAgo;
            while (left > 0 || isWeekend(day)) {
                day = day.minusDays(1);
                if (!isWeekend(day)) {
                    left--;
                }
            }
            Instant instant = day.atTime(LocalTime.of(hour, minute)).atZone(BusinessTime.ZONE).toInstant();
            if (!instant.isBefore(realNow)) {
                throw new IllegalStateException("demo scenario time " + instant + " is not in the past");
            }
            return instant;
        }

        private static boolean isWeekend(LocalDate day) {
            return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        }
    }

    private Actor actor(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalStateException("demo account " + username + " is missing"))
                .toActor();
    }
}
