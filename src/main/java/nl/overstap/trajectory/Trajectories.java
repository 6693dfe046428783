package nl.overstap.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.identity.AccountSummary;
import nl.overstap.identity.Accounts;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import nl.overstap.youth.YouthRef;
import nl.overstap.youth.YouthScope;
import nl.overstap.youth.Youths;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The trajectory module's API: start, move through the phases, reassign, and the access decisions
 * other modules ask for. Only the trajectory's own coach changes it; a coordinator of the region
 * reassigns it; every change is logged in the same transaction and published as an event.
 */
@Service
public class Trajectories {

    private final TrajectoryRepository repository;
    private final Youths youths;
    private final Accounts accounts;
    private final Organisations organisations;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<PhaseEntryCondition> entryConditions;

    Trajectories(
            TrajectoryRepository repository,
            Youths youths,
            Accounts accounts,
            Organisations organisations,
            AccessLog accessLog,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock,
            List<PhaseEntryCondition> entryConditions) {
        this.repository = repository;
        this.youths = youths;
        this.accounts = accounts;
        this.organisations = organisations;
        this.accessLog = accessLog;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.entryConditions = List.copyOf(entryConditions);
    }

    public List<Programme> programmes() {
        return jdbc.sql("select id, code, name from programme where active order by name")
                .query(Programme.class)
                .list();
    }

    /** May this user start a trajectory for a youth they can see? Only coaches. */
    public static boolean mayStart(CurrentUser user) {
        return user.is(Role.COACH);
    }

    /** Starts a trajectory in Scout; returns null when {@code errors} got field errors. */
    @Transactional
    public @Nullable UUID start(CurrentUser user, UUID youthId, StartTrajectoryForm form, Errors errors) {
        if (!mayStart(user)) {
            throw new NotFoundException();
        }
        YouthRef youth = youths.requireVisible(user, youthId);
        if (repository.hasOpenTrajectory(youthId)) {
            errors.reject("trajectory.error.alreadyOpen");
        }
        if (form.programmeId() == null || programmes().stream().noneMatch(p -> p.id().equals(form.programmeId()))) {
            errors.rejectValue("programmeId", "trajectory.error.programme.required");
        }
        UUID coachId = form.coachId() == null ? user.id() : form.coachId();
        if (accounts.coachesOf(youth.organisationId()).stream().noneMatch(c -> c.id().equals(coachId))) {
            errors.rejectValue("coachId", "trajectory.error.coach.invalid");
        }
        Optional<LocalDate> startDate = parseDate(form.startDate());
        LocalDate today = nl.overstap.shared.DutchTime.today(clock);
        if (startDate.isEmpty()) {
            errors.rejectValue("startDate", "trajectory.error.startDate.format");
        } else if (startDate.get().isAfter(today)) {
            errors.rejectValue("startDate", "trajectory.error.startDate.future");
        } else if (startDate.get().isBefore(today.minusYears(1))) {
            errors.rejectValue("startDate", "trajectory.error.startDate.tooOld");
        }
        if (errors.hasErrors()) {
            return null;
        }
        Instant now = Instant.now(clock);
        Trajectory trajectory =
                Trajectory.start(youthId, youth.organisationId(), coachId, form.programmeId(), startDate.get(), now);
        repository.insert(trajectory);
        PhaseEntered started = trajectory.started(user.id(), now);
        repository.appendHistory(started, null);
        accessLog.allowed(AccessEvent.of(
                AccessEventType.CREATE,
                user,
                youthId,
                "trajectory",
                trajectory.id(),
                EnumSet.of(DataCategory.TRAJECTORY)));
        events.publishEvent(started);
        return trajectory.id();
    }

    /** Moves the trajectory; returns false when {@code errors} got a reason for refusing. */
    @Transactional
    public boolean changePhase(CurrentUser user, UUID trajectoryId, PhaseChangeForm form, Errors errors) {
        Trajectory trajectory = requireOwnTrajectory(user, trajectoryId);
        Phase target = parse(Phase.class, form.target());
        if (target == null) {
            errors.rejectValue("target", "phase.error.target.required");
            return false;
        }
        Outcome outcome = parse(Outcome.class, form.outcome());
        EndReason endReason = parse(EndReason.class, form.endReason());
        String reason = form.reason() == null || form.reason().isBlank()
                ? null
                : form.reason().trim();
        if (reason != null && reason.length() > 2000) {
            errors.rejectValue("reason", "phase.error.reason.tooLong");
            return false;
        }
        PhaseTransitionPolicy.Request request = new PhaseTransitionPolicy.Request(target, reason, outcome, endReason);
        Satisfaction satisfaction = Satisfaction.NOT_ASKED;
        if (target == Phase.CLOSED) {
            Satisfaction.validate(form.satisfactionScore(), form.wouldRecommend())
                    .forEach((field, code) -> errors.rejectValue(field, code));
            if (!errors.hasErrors()) {
                satisfaction = Satisfaction.parse(form.satisfactionScore(), form.wouldRecommend());
            }
        }
        Optional<PhaseTransitionPolicy.Rejection> rejection = PhaseTransitionPolicy.check(trajectory.phase(), request);
        if (rejection.isPresent()) {
            errors.rejectValue(
                    fieldOf(rejection.get()),
                    "phase.rejected." + rejection.get().name());
            return false;
        }
        if (errors.hasErrors()) {
            return false;
        }
        if (PhaseTransitionPolicy.kindOf(trajectory.phase(), target) == ChangeKind.FORWARD) {
            for (PhaseEntryCondition condition : entryConditions) {
                Optional<String> refused =
                        condition.refuse(trajectoryId, trajectory.youthId(), trajectory.phase(), target);
                if (refused.isPresent()) {
                    errors.rejectValue("target", "phase.rejected." + refused.get());
                    return false;
                }
            }
        }
        PhaseEntered entered = trajectory.enterPhase(request, satisfaction, user.id(), Instant.now(clock));
        repository.update(trajectory);
        repository.appendHistory(entered, reason);
        accessLog.allowed(AccessEvent.of(
                AccessEventType.UPDATE,
                user,
                trajectory.youthId(),
                "trajectory",
                trajectoryId,
                EnumSet.of(DataCategory.TRAJECTORY)));
        events.publishEvent(entered);
        return true;
    }

    /** A coordinator of the region hands the trajectory to another coach of its organisation. */
    @Transactional
    public void reassign(CurrentUser user, UUID trajectoryId, UUID newCoachId) {
        if (!user.is(Role.COORDINATOR)) {
            deny(user, null, trajectoryId);
        }
        Trajectory trajectory = repository.find(trajectoryId).orElse(null);
        String region = trajectory == null
                ? ""
                : organisations
                        .find(trajectory.organisationId())
                        .map(nl.overstap.identity.Organisation::region)
                        .orElse("");
        if (trajectory == null || !YouthScope.allows(user, trajectory.organisationId(), region)) {
            deny(user, trajectory, trajectoryId);
        }
        AccountSummary coach = accounts.coachesOf(trajectory.organisationId()).stream()
                .filter(c -> c.id().equals(newCoachId))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        if (coach.id().equals(trajectory.coachId())) {
            return;
        }
        trajectory.reassign(coach.id());
        repository.update(trajectory);
        Instant now = Instant.now(clock);
        repository.appendHistory(
                new PhaseEntered(
                        trajectoryId,
                        trajectory.youthId(),
                        trajectory.phase(),
                        trajectory.phase(),
                        ChangeKind.REASSIGN,
                        null,
                        user.id(),
                        now),
                coach.displayName());
        accessLog.allowed(AccessEvent.of(
                AccessEventType.UPDATE,
                user,
                trajectory.youthId(),
                "trajectory",
                trajectoryId,
                EnumSet.of(DataCategory.TRAJECTORY)));
        events.publishEvent(new CoachReassigned(trajectoryId, trajectory.youthId(), coach.id(), user.id(), now));
    }

    /** What the phase-change page shows about the trajectory; logged as a read. */
    public record PhaseChangeView(UUID trajectoryId, UUID youthId, String youthName, Phase phase) {}

    @Transactional
    public PhaseChangeView phaseChangeView(CurrentUser user, UUID trajectoryId) {
        Trajectory trajectory = requireOwnTrajectory(user, trajectoryId);
        YouthRef youth = youths.requireVisible(user, trajectory.youthId());
        accessLog.allowed(AccessEvent.of(
                AccessEventType.READ,
                user,
                youth.id(),
                "trajectory",
                trajectoryId,
                EnumSet.of(DataCategory.BASIC, DataCategory.TRAJECTORY)));
        return new PhaseChangeView(trajectoryId, youth.id(), youth.displayName(), trajectory.phase());
    }

    /** The open trajectory this user coaches, for acting on it (e.g. logging a contact); else 404. */
    public TrajectoryRef requireOwnOpen(CurrentUser user, UUID trajectoryId) {
        Trajectory trajectory = requireOwnTrajectory(user, trajectoryId);
        if (!trajectory.phase().isOpen()) {
            throw new NotFoundException();
        }
        return ref(trajectory);
    }

    /**
     * The open trajectory of a youth this user may see (e.g. to link a signal to it); empty when the
     * youth has none. An unknown or invisible youth is a logged refusal and a 404.
     */
    @Transactional
    public Optional<UUID> openTrajectoryOf(CurrentUser user, UUID youthId) {
        youths.requireVisible(user, youthId);
        return jdbc.sql("select id from trajectory where youth_id = :y and phase <> 'CLOSED'")
                .param("y", youthId)
                .query(UUID.class)
                .optional();
    }

    /** Called by the contact module inside its transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void contactsChanged(UUID trajectoryId) {
        repository.recomputeLastContact(trajectoryId);
    }

    /** The trajectory this user coaches; anything else is a logged refusal and a 404. */
    private Trajectory requireOwnTrajectory(CurrentUser user, UUID trajectoryId) {
        Trajectory trajectory = repository.find(trajectoryId).orElse(null);
        if (trajectory == null || !user.is(Role.COACH) || !trajectory.coachId().equals(user.id())) {
            deny(user, trajectory, trajectoryId);
        }
        return trajectory;
    }

    private void deny(CurrentUser user, @Nullable Trajectory trajectory, UUID trajectoryId) {
        accessLog.denied(AccessEvent.of(
                AccessEventType.UPDATE,
                user,
                trajectory == null ? null : trajectory.youthId(),
                "trajectory",
                trajectoryId,
                EnumSet.of(DataCategory.TRAJECTORY)));
        throw new NotFoundException();
    }

    private static TrajectoryRef ref(Trajectory t) {
        return new TrajectoryRef(t.id(), t.youthId(), t.coachId(), t.organisationId(), t.phase());
    }

    private static String fieldOf(PhaseTransitionPolicy.Rejection rejection) {
        return switch (rejection) {
            case CLOSE_WITHOUT_OUTCOME -> "outcome";
            case CLOSE_WITHOUT_END_REASON -> "endReason";
            case RELAPSE_WITHOUT_REASON, CLOSE_WITHOUT_REASON -> "reason";
            case ALREADY_CLOSED, SAME_PHASE, SKIPS_A_PHASE -> "target";
        };
    }

    static Optional<LocalDate> parseDate(@Nullable String value) {
        return nl.overstap.shared.DutchDates.parse(value);
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        return nl.overstap.shared.Choices.parse(type, value).orElse(null);
    }
}
