package nl.overstap.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.match.EmployerProposals;
import nl.overstap.placement.PlaceKind;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.trajectory.Outcome;
import nl.overstap.trajectory.Phase;
import nl.overstap.trajectory.PhaseChangeForm;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.trajectory.TrajectoryRef;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The follow-up (borging) of started places. The coach (own scope) reads a youth's follow-up; the
 * coach of the open trajectory records the youth's check-ins and takes the trajectory back to Match
 * (relapse) through {@link Trajectories#changePhase}. The employer or school answers its own
 * check-ins for its own places only. Whether the place was held at 6 and 12 months is kept on the
 * placement; an end before a milestone marks it as not held.
 */
@Service
public class FollowUps {

    static final int MAX_NOTE = 1000;
    static final int[] MILESTONE_MONTHS = {1, 3, 6};

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final AccessLog accessLog;
    private final Trajectories trajectories;
    private final EmployerProposals employers;
    private final FollowUpSettings settings;
    private final Clock clock;

    FollowUps(
            JdbcClient jdbc,
            YouthAccess youthAccess,
            AccessLog accessLog,
            Trajectories trajectories,
            EmployerProposals employers,
            FollowUpSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
        this.trajectories = trajectories;
        this.employers = employers;
        this.settings = settings;
        this.clock = clock;
    }

    /** One check-in as shown. */
    public record CheckIn(
            UUID id,
            UUID matchId,
            CheckInParty party,
            String period,
            LocalDate dueOn,
            @Nullable Instant remindedAt,
            @Nullable Instant answeredAt,
            @Nullable Boolean stillThere,
            @Nullable Boolean goingWell,
            @Nullable Boolean concern,
            @Nullable String note,
            boolean missed) {

        public boolean answered() {
            return answeredAt != null;
        }
    }

    /** A milestone (months after the start) and whether it was reached. */
    public record Milestone(int months, LocalDate on, boolean reached, boolean missedByEnd) {}

    /** One started place and its follow-up. */
    public record Placement(
            UUID matchId,
            UUID trajectoryId,
            String placeTitle,
            String organisationName,
            PlaceKind placeKind,
            LocalDate startedOn,
            @Nullable LocalDate endedOn,
            @Nullable String endReason,
            @Nullable Boolean held6Months,
            @Nullable Boolean held12Months,
            List<CheckIn> checkIns,
            List<Milestone> milestones) {

        public boolean active() {
            return endedOn == null;
        }

        /** The outcome a closing after this place suggests. */
        public Outcome suggestedOutcome() {
            return outcomeOf(placeKind);
        }
    }

    /** The coach's follow-up page of a youth. */
    public record Page(
            Grant grant,
            List<Placement> placements,
            @Nullable UUID trajectoryId,
            @Nullable Phase phase,
            boolean mayAct,
            boolean attention) {

        public @Nullable Placement heldPlacement() {
            return placements.stream()
                    .filter(p -> Boolean.TRUE.equals(p.held6Months()))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The youth's own sheet (B1 Dutch, printable): their started places and milestones. */
    public record YouthSheet(@Nullable String youthName, LocalDate today, List<Placement> placements) {}

    /** The printable milestones for the youth, for the coach to hand over; logged as an export. */
    @Transactional
    public YouthSheet youthSheet(CurrentUser user, UUID youthId) {
        Grant grant = requireOwnScope(user, youthId, AccessEventType.EXPORT);
        youthAccess.logAllowed(
                user,
                grant,
                AccessEventType.EXPORT,
                "followup",
                youthId,
                EnumSet.of(DataCategory.BASIC, DataCategory.TRAJECTORY));
        LocalDate today = DutchTime.today(clock);
        String name = jdbc.sql("select coalesce(preferred_name, given_names) from youth where id = :id")
                .param("id", youthId)
                .query(String.class)
                .optional()
                .orElse(null);
        return new YouthSheet(name, today, placements(youthId, today));
    }

    @Transactional
    public Page page(CurrentUser user, UUID youthId) {
        Grant grant = requireOwnScope(user, youthId, AccessEventType.READ);
        LocalDate today = DutchTime.today(clock);
        List<Placement> placements = placements(youthId, today);
        Optional<UUID> trajectoryId = openTrajectory(youthId);
        UUID trajectory = trajectoryId.flatMap(id -> ownOpen(user, id)).orElse(null);
        Phase phase = trajectoryId.isEmpty()
                ? null
                : Phase.valueOf(jdbc.sql("select phase from trajectory where id = :id")
                        .param("id", trajectoryId.get())
                        .query(String.class)
                        .single());
        boolean attention = placements.stream()
                .anyMatch(p -> !p.active()
                        || p.checkIns().stream().anyMatch(c -> c.missed() || Boolean.TRUE.equals(c.concern())));
        youthAccess.logAllowed(
                user, grant, AccessEventType.READ, "followup", youthId, EnumSet.of(DataCategory.TRAJECTORY));
        return new Page(
                grant,
                placements,
                trajectoryId.orElse(null),
                phase,
                trajectory != null && phase == Phase.BORG,
                attention && phase == Phase.BORG);
    }

    /** The coach records the check-in with the youth. */
    @Transactional
    public UUID recordYouthCheckIn(CurrentUser user, UUID checkInId, CheckInForm form, Errors errors) {
        Row row = row(checkInId).orElseThrow(NotFoundException::new);
        TrajectoryRef trajectory = trajectories.requireOwnOpen(user, row.trajectoryId());
        if (row.party() != CheckInParty.YOUTH || row.answered() || row.endedOn() != null) {
            throw new NotFoundException();
        }
        if (!answer(user, row, form, errors)) {
            return row.youthId();
        }
        accessLog.allowed(AccessEvent.of(
                AccessEventType.UPDATE,
                user,
                trajectory.youthId(),
                "followup",
                checkInId,
                EnumSet.of(DataCategory.TRAJECTORY)));
        return row.youthId();
    }

    /** Back to Match: ends the active placement (if any) and relapses the trajectory, with a reason. */
    @Transactional
    public boolean relapse(CurrentUser user, UUID youthId, RelapseForm form, Errors errors) {
        UUID trajectoryId = openTrajectory(youthId).orElseThrow(NotFoundException::new);
        trajectories.requireOwnOpen(user, trajectoryId);
        String reason = form.reason() == null ? "" : form.reason().strip();
        if (reason.isEmpty()) {
            errors.rejectValue("reason", "followup.error.reason");
            return false;
        }
        if (reason.length() > MAX_NOTE) {
            errors.rejectValue("reason", "followup.error.note.tooLong");
            return false;
        }
        LocalDate today = DutchTime.today(clock);
        jdbc.sql("select match_id from followup_placement where trajectory_id = :t and ended_on is null")
                .param("t", trajectoryId)
                .query(UUID.class)
                .list()
                .forEach(matchId -> endPlacement(matchId, today, reason));
        org.springframework.validation.MapBindingResult phaseErrors =
                new org.springframework.validation.MapBindingResult(new HashMap<>(), "phaseChangeForm");
        if (!trajectories.changePhase(
                user,
                trajectoryId,
                new PhaseChangeForm(Phase.MATCH.name(), reason, null, null, null, null),
                phaseErrors)) {
            phaseErrors
                    .getAllErrors()
                    .forEach(e -> errors.reject(e.getCode() == null ? "followup.error.relapse" : e.getCode()));
            return false;
        }
        return true;
    }

    // ---- employer side ----

    /** A check-in waiting for the employer's answer (no name: the form needs none). */
    public record EmployerCheckIn(
            UUID id, String placeTitle, String period, LocalDate dueOn, LocalDate startedOn, boolean answered) {}

    @Transactional
    public List<EmployerCheckIn> employerCheckIns(CurrentUser user) {
        if (!employers.mayUse(user)) {
            throw new NotFoundException();
        }
        LocalDate today = DutchTime.today(clock);
        List<EmployerRow> rows = jdbc.sql(EMPLOYER_ROWS + """
                         where fp.organisation_id = :org and c.party = 'EMPLOYER' and fp.ended_on is null
                           and c.answered_at is null and c.due_on <= :horizon
                         order by c.due_on limit 50
                        """)
                .param("org", user.organisationId())
                .param("horizon", today.plusDays(14))
                .query((rs, n) -> employerRow(rs))
                .list();
        if (!rows.isEmpty()) {
            accessLog.listed(
                    user,
                    rows.stream().map(EmployerRow::youthId).distinct().toList(),
                    EnumSet.of(DataCategory.TRAJECTORY),
                    "proposal");
        }
        return rows.stream().map(EmployerRow::view).toList();
    }

    @Transactional
    public EmployerCheckIn employerCheckIn(CurrentUser user, UUID checkInId) {
        EmployerRow row = requireEmployerCheckIn(user, checkInId);
        accessLog.allowed(new AccessEvent(
                AccessEventType.READ,
                user,
                row.youthId(),
                "followup",
                checkInId,
                EnumSet.of(DataCategory.TRAJECTORY),
                "proposal:" + row.matchId()));
        return row.view();
    }

    @Transactional
    public boolean answerAsEmployer(CurrentUser user, UUID checkInId, CheckInForm form, Errors errors) {
        EmployerRow employerRow = requireEmployerCheckIn(user, checkInId);
        Row row = row(checkInId).orElseThrow(NotFoundException::new);
        if (row.answered() || row.endedOn() != null) {
            errors.reject("followup.error.alreadyAnswered");
            return false;
        }
        if (!answer(user, row, form, errors)) {
            return false;
        }
        accessLog.allowed(new AccessEvent(
                AccessEventType.UPDATE,
                user,
                employerRow.youthId(),
                "followup",
                checkInId,
                EnumSet.of(DataCategory.TRAJECTORY),
                "proposal:" + employerRow.matchId()));
        return true;
    }

    // ---- internals ----

    private boolean answer(CurrentUser user, Row row, CheckInForm form, Errors errors) {
        Boolean stillThere = yesNo(form.stillThere());
        Boolean goingWell = yesNo(form.goingWell());
        Boolean concern = yesNo(form.concern());
        if (stillThere == null) {
            errors.rejectValue("stillThere", "followup.error.stillThere");
        }
        if (Boolean.TRUE.equals(stillThere) && goingWell == null) {
            errors.rejectValue("goingWell", "followup.error.goingWell");
        }
        if (concern == null) {
            errors.rejectValue("concern", "followup.error.concern");
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            errors.rejectValue("note", "followup.error.note.tooLong");
        }
        if (Boolean.TRUE.equals(concern) && note == null) {
            errors.rejectValue("note", "followup.error.concernNote");
        }
        if (errors.hasErrors()) {
            return false;
        }
        LocalDate today = DutchTime.today(clock);
        jdbc.sql("""
                        update followup_checkin
                           set answered_at = :now, answered_by = :by, still_there = :still, going_well = :well,
                               concern = :concern, note = :note
                         where id = :id and answered_at is null
                        """)
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("by", user.id())
                .param("still", stillThere)
                .param("well", Boolean.TRUE.equals(stillThere) ? goingWell : null)
                .param("concern", concern)
                .param("note", note)
                .param("id", row.id())
                .update();
        if (Boolean.TRUE.equals(stillThere)) {
            jdbc.sql("""
                            update followup_placement
                               set held_6_months = case when held_6_months is null
                                                         and cast(:today as date) >= started_on + interval '6 months'
                                                        then true else held_6_months end,
                                   held_12_months = case when held_12_months is null
                                                          and cast(:today as date) >= started_on + interval '12 months'
                                                         then true else held_12_months end
                             where match_id = :match and ended_on is null
                            """).param("today", today).param("match", row.matchId()).update();
        } else {
            endPlacement(row.matchId(), today, note == null ? "" : note);
        }
        return true;
    }

    private void endPlacement(UUID matchId, LocalDate today, String reason) {
        jdbc.sql("""
                        update followup_placement
                           set ended_on = :today, end_reason = :reason,
                               held_6_months = case when held_6_months is null
                                                     and cast(:today as date) < started_on + interval '6 months'
                                                    then false else held_6_months end,
                               held_12_months = case when held_12_months is null
                                                      and cast(:today as date) < started_on + interval '12 months'
                                                     then false else held_12_months end
                         where match_id = :match and ended_on is null
                        """)
                .param("today", today)
                .param("reason", reason.isEmpty() ? null : reason)
                .param("match", matchId)
                .update();
    }

    private record Row(
            UUID id,
            UUID matchId,
            UUID youthId,
            UUID trajectoryId,
            UUID organisationId,
            CheckInParty party,
            boolean answered,
            @Nullable LocalDate endedOn) {}

    private Optional<Row> row(UUID checkInId) {
        return jdbc.sql("""
                        select c.id, c.match_id, c.youth_id, fp.trajectory_id, fp.organisation_id, c.party,
                               c.answered_at is not null as answered, fp.ended_on
                          from followup_checkin c join followup_placement fp on fp.match_id = c.match_id
                         where c.id = :id
                        """)
                .param("id", checkInId)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("match_id", UUID.class),
                        rs.getObject("youth_id", UUID.class),
                        rs.getObject("trajectory_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        CheckInParty.valueOf(rs.getString("party")),
                        rs.getBoolean("answered"),
                        rs.getObject("ended_on", LocalDate.class)))
                .optional();
    }

    private record EmployerRow(
            UUID id,
            UUID matchId,
            UUID youthId,
            UUID organisationId,
            String placeTitle,
            String period,
            LocalDate dueOn,
            LocalDate startedOn,
            boolean answered) {

        EmployerCheckIn view() {
            return new EmployerCheckIn(id, placeTitle, period, dueOn, startedOn, answered);
        }
    }

    private static final String EMPLOYER_ROWS = """
            select c.id, c.match_id, c.youth_id, fp.organisation_id, p.title, c.period, c.due_on, fp.started_on,
                   c.answered_at is not null as answered
              from followup_checkin c
              join followup_placement fp on fp.match_id = c.match_id
              join match_proposal m on m.id = c.match_id
              join place p on p.id = m.place_id
            """;

    private static EmployerRow employerRow(ResultSet rs) throws SQLException {
        return new EmployerRow(
                rs.getObject("id", UUID.class),
                rs.getObject("match_id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("title"),
                rs.getString("period"),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("started_on", LocalDate.class),
                rs.getBoolean("answered"));
    }

    private EmployerRow requireEmployerCheckIn(CurrentUser user, UUID checkInId) {
        Optional<EmployerRow> row = employers.mayUse(user)
                ? jdbc.sql(EMPLOYER_ROWS + " where c.id = :id and c.party = 'EMPLOYER'")
                        .param("id", checkInId)
                        .query((rs, n) -> employerRow(rs))
                        .optional()
                : Optional.empty();
        if (row.isEmpty() || !row.get().organisationId().equals(user.organisationId())) {
            accessLog.denied(new AccessEvent(
                    AccessEventType.READ,
                    user,
                    null,
                    "followup",
                    checkInId,
                    EnumSet.of(DataCategory.TRAJECTORY),
                    "none"));
            throw new NotFoundException();
        }
        return row.get();
    }

    private List<Placement> placements(UUID youthId, LocalDate today) {
        List<CheckIn> checkIns = jdbc.sql("""
                        select c.* from followup_checkin c where c.youth_id = :youth order by c.due_on, c.party
                        """)
                .param("youth", youthId)
                .query((rs, n) -> {
                    Timestamp reminded = rs.getTimestamp("reminded_at");
                    Timestamp answered = rs.getTimestamp("answered_at");
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new CheckIn(
                            rs.getObject("id", UUID.class),
                            rs.getObject("match_id", UUID.class),
                            CheckInParty.valueOf(rs.getString("party")),
                            rs.getString("period"),
                            due,
                            reminded == null ? null : reminded.toInstant(),
                            answered == null ? null : answered.toInstant(),
                            (Boolean) rs.getObject("still_there"),
                            (Boolean) rs.getObject("going_well"),
                            (Boolean) rs.getObject("concern"),
                            rs.getString("note"),
                            settings.schedule().missed(due, answered != null, today));
                })
                .list();
        return jdbc.sql("""
                        select fp.*, p.title, o.name as organisation_name
                          from followup_placement fp
                          join match_proposal m on m.id = fp.match_id
                          join place p on p.id = m.place_id
                          join organisation o on o.id = fp.organisation_id
                         where fp.youth_id = :youth
                         order by fp.started_on desc
                        """)
                .param("youth", youthId)
                .query((rs, n) -> {
                    UUID matchId = rs.getObject("match_id", UUID.class);
                    LocalDate started = rs.getObject("started_on", LocalDate.class);
                    LocalDate ended = rs.getObject("ended_on", LocalDate.class);
                    List<CheckIn> mine = checkIns.stream()
                            .filter(c -> c.matchId().equals(matchId))
                            .map(c -> ended == null ? c : withoutMissed(c))
                            .toList();
                    return new Placement(
                            matchId,
                            rs.getObject("trajectory_id", UUID.class),
                            rs.getString("title"),
                            rs.getString("organisation_name"),
                            PlaceKind.valueOf(rs.getString("place_kind")),
                            started,
                            ended,
                            rs.getString("end_reason"),
                            (Boolean) rs.getObject("held_6_months"),
                            (Boolean) rs.getObject("held_12_months"),
                            mine,
                            milestones(started, ended, today));
                })
                .list();
    }

    private static CheckIn withoutMissed(CheckIn c) {
        return new CheckIn(
                c.id(),
                c.matchId(),
                c.party(),
                c.period(),
                c.dueOn(),
                c.remindedAt(),
                c.answeredAt(),
                c.stillThere(),
                c.goingWell(),
                c.concern(),
                c.note(),
                false);
    }

    static List<Milestone> milestones(LocalDate started, @Nullable LocalDate ended, LocalDate today) {
        return java.util.Arrays.stream(MILESTONE_MONTHS)
                .mapToObj(months -> {
                    LocalDate on = started.plusMonths(months);
                    boolean endedBefore = ended != null && ended.isBefore(on);
                    return new Milestone(months, on, !endedBefore && !today.isBefore(on), endedBefore);
                })
                .toList();
    }

    static Outcome outcomeOf(PlaceKind kind) {
        return switch (kind) {
            case JOB, WORK_EXPERIENCE -> Outcome.WORK;
            case BBL -> Outcome.EDUCATION_AND_WORK;
            case INTERNSHIP, TRAINING -> Outcome.EDUCATION;
            case SUPPORTED_WORK -> Outcome.SUPPORTED_WORK;
            case DAY_ACTIVITIES -> Outcome.DAY_ACTIVITIES;
        };
    }

    private Optional<UUID> openTrajectory(UUID youthId) {
        return jdbc.sql("select id from trajectory where youth_id = :youth and phase <> 'CLOSED'")
                .param("youth", youthId)
                .query(UUID.class)
                .optional();
    }

    /** Whether the page offers the coach's actions (each action still asks the trajectory module). */
    private Optional<UUID> ownOpen(CurrentUser user, UUID trajectoryId) {
        return jdbc.sql("select coach_id from trajectory where id = :id and phase <> 'CLOSED'")
                .param("id", trajectoryId)
                .query(UUID.class)
                .optional()
                .filter(coach -> coach.equals(user.id()));
    }

    private Grant requireOwnScope(CurrentUser user, UUID youthId, AccessEventType type) {
        Grant grant = youthAccess.require(user, youthId, type, DataCategory.TRAJECTORY);
        if (!grant.ownScope()) {
            throw new NotFoundException();
        }
        return grant;
    }

    private static @Nullable Boolean yesNo(@Nullable String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }
}
