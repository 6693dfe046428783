package nl.overstap.match;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEventType;
import nl.overstap.consent.ConsentForm;
import nl.overstap.consent.ConsentRecords;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.shared.Choices;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.trajectory.Phase;
import nl.overstap.trajectory.PhaseChangeForm;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.trajectory.TrajectoryRef;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * The coach's side of the match pipeline. Reading a youth's proposals needs the youth in the
 * viewer's own scope (coach of the organisation, coordinator of the region); proposing and moving a
 * proposal is for the coach of the youth's open trajectory only. A start is confirmed by that coach
 * and moves the trajectory to Borg through {@link Trajectories#changePhase} in the same transaction.
 */
@Service
public class Matches {

    static final int MAX_NOTE = 1000;

    private final MatchRepository repository;
    private final YouthAccess youthAccess;
    private final Trajectories trajectories;
    private final ConsentRecords consents;
    private final EmployerConsent employerConsent;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Matches(
            MatchRepository repository,
            YouthAccess youthAccess,
            Trajectories trajectories,
            ConsentRecords consents,
            EmployerConsent employerConsent,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.youthAccess = youthAccess;
        this.trajectories = trajectories;
        this.consents = consents;
        this.employerConsent = employerConsent;
        this.events = events;
        this.clock = clock;
    }

    /** One proposal with its history, and whether the employer may see the name. */
    public record Item(MatchRepository.Row row, List<MatchRepository.Step> steps, boolean consentGiven) {}

    /** The per-youth pipeline page. */
    public record Pipeline(Grant grant, List<Item> items, boolean mayPropose) {}

    @Transactional
    public Pipeline pipeline(CurrentUser user, UUID youthId) {
        Grant grant = requireOwnScope(user, youthId, AccessEventType.READ);
        List<MatchRepository.Row> rows = repository.ofYouth(youthId);
        List<Item> items = items(rows, user.region());
        youthAccess.logAllowed(
                user, grant, AccessEventType.READ, "match", youthId, EnumSet.of(DataCategory.TRAJECTORY));
        boolean mayPropose = repository
                .openTrajectory(youthId)
                .map(t -> Phase.MATCH.name().equals(t.phase()) && isCoachOf(user, t.id()))
                .orElse(false);
        return new Pipeline(grant, items, mayPropose);
    }

    /** One proposal's page for the coach: the history and, for the trajectory's coach, the forms. */
    public record Detail(Grant grant, Item item, String youthName, boolean mayAct) {}

    @Transactional
    public Detail detail(CurrentUser user, UUID matchId) {
        MatchRepository.Row row = repository.row(matchId).orElseThrow(NotFoundException::new);
        Grant grant = requireOwnScope(user, row.youthId(), AccessEventType.READ);
        MatchProposal proposal = repository.find(matchId).orElseThrow(NotFoundException::new);
        Item item = items(List.of(row), user.region()).get(0);
        youthAccess.logAllowed(
                user,
                grant,
                AccessEventType.READ,
                "match",
                matchId,
                EnumSet.of(DataCategory.BASIC, DataCategory.TRAJECTORY));
        boolean mayAct = row.status().isOpen() && isCoachOf(user, proposal.trajectoryId());
        return new Detail(grant, item, repository.identity(row.youthId()).name(), mayAct);
    }

    /** The proposal page: the place and whether this youth can be proposed for it now. */
    public record ProposalPage(
            Grant grant,
            String youthName,
            MatchRepository.Place place,
            @Nullable String problem) {}

    @Transactional
    public ProposalPage proposalPage(CurrentUser user, UUID youthId, @Nullable UUID placeId) {
        TrajectoryRef trajectory = requireTrajectoryCoach(user, youthId);
        Grant grant = requireOwnScope(user, youthId, AccessEventType.READ);
        MatchRepository.Place place =
                placeId == null ? null : repository.place(placeId).orElse(null);
        if (place == null || !place.region().equals(user.region())) {
            throw new NotFoundException();
        }
        youthAccess.logAllowed(user, grant, AccessEventType.READ, "match", youthId, EnumSet.of(DataCategory.BASIC));
        return new ProposalPage(grant, repository.identity(youthId).name(), place, problem(trajectory, youthId, place));
    }

    /** Proposes the youth; returns the new proposal's id, or null when {@code errors} got the reasons. */
    @Transactional
    public @Nullable UUID propose(CurrentUser user, UUID youthId, ProposalForm form, Errors errors) {
        TrajectoryRef trajectory = requireTrajectoryCoach(user, youthId);
        Grant grant = requireOwnScope(user, youthId, AccessEventType.CREATE);
        MatchRepository.Place place = form.placeId() == null
                ? null
                : repository
                        .place(form.placeId())
                        .filter(p -> p.region().equals(user.region()))
                        .orElse(null);
        if (place == null) {
            errors.rejectValue("placeId", "match.error.place");
        } else {
            String problem = problem(trajectory, youthId, place);
            if (problem != null) {
                errors.reject(problem);
            }
        }
        Integer hours = null;
        if (form.hoursAvailable() != null && !form.hoursAvailable().isBlank()) {
            try {
                hours = Integer.valueOf(form.hoursAvailable().strip());
                if (hours < 1 || hours > 40) {
                    errors.rejectValue("hoursAvailable", "match.error.hours");
                }
            } catch (NumberFormatException e) {
                errors.rejectValue("hoursAvailable", "match.error.hours");
            }
        }
        String note = blankToNull(form.note());
        if (note != null && note.length() > MAX_NOTE) {
            errors.rejectValue("note", "match.error.note.tooLong");
        }
        if (errors.hasErrors() || place == null) {
            return null;
        }
        Instant now = Instant.now(clock);
        MatchProposal proposal = MatchProposal.propose(youthId, trajectory.id(), place.id(), place.organisationId());
        repository.insert(proposal, hours, note, user.id(), now);
        MatchStepRecorded proposed = proposal.proposed(user.id(), DutchTime.today(clock), now);
        repository.appendStep(proposed, note);
        youthAccess.logAllowed(
                user,
                grant,
                AccessEventType.CREATE,
                "match",
                proposal.id(),
                EnumSet.of(DataCategory.SITUATION, DataCategory.SCAN_WORK_INCOME));
        events.publishEvent(proposed);
        return proposal.id();
    }

    /** The coach records an introduction or a trial. */
    @Transactional
    public boolean step(CurrentUser user, UUID matchId, StepForm form, Errors errors) {
        MatchProposal proposal = requireActingCoach(user, matchId);
        return recordStep(user, proposal, MatchActor.COACH, form, errors);
    }

    /** The coach records a no (by the youth, the employer or the coach) or withdraws the proposal. */
    @Transactional
    public boolean close(CurrentUser user, UUID matchId, CloseForm form, Errors errors) {
        MatchProposal proposal = requireActingCoach(user, matchId);
        return recordClose(user, proposal, MatchActor.COACH, form, errors);
    }

    /** The youth consents to share name and contact details with the place's organisation. */
    @Transactional
    public boolean consent(CurrentUser user, UUID matchId, MatchConsentForm form, Errors errors) {
        MatchProposal proposal = requireActingCoach(user, matchId);
        MapBindingResult consentErrors = new MapBindingResult(new HashMap<>(), "consentForm");
        boolean saved = consents.record(
                user,
                proposal.youthId(),
                new ConsentForm(
                        proposal.organisationId(),
                        EmployerConsent.SHARED.stream().map(Enum::name).toList(),
                        "CONSENT",
                        "GRANTED",
                        form.method(),
                        form.givenOn(),
                        null,
                        null,
                        null),
                consentErrors);
        for (var error : consentErrors.getFieldErrors()) {
            String field = error.getField();
            if (field.equals("method") || field.equals("givenOn")) {
                errors.rejectValue(field, "match.error.consent." + field);
            } else {
                errors.reject(error.getCode() == null ? "match.error.consent" : error.getCode());
            }
        }
        for (var error : consentErrors.getGlobalErrors()) {
            errors.reject(error.getCode() == null ? "match.error.consent" : error.getCode());
        }
        return saved && !errors.hasErrors();
    }

    /** The coach confirms the start: the proposal is STARTED and the trajectory enters Borg. */
    @Transactional
    public boolean start(CurrentUser user, UUID matchId, StartForm form, Errors errors) {
        MatchProposal proposal = requireActingCoach(user, matchId);
        LocalDate today = DutchTime.today(clock);
        Optional<LocalDate> startDate = DutchDates.parse(form.startDate());
        boolean typed = form.startDate() != null && !form.startDate().isBlank();
        if (typed && startDate.isEmpty()) {
            errors.rejectValue("startDate", "match.error.startDate.format");
            return false;
        }
        PipelinePolicy.Request request = PipelinePolicy.Request.start(
                startDate.orElse(null), Boolean.TRUE.equals(form.confirmed()), MatchActor.COACH);
        Optional<PipelinePolicy.Rejection> refused = proposal.check(request, today);
        if (refused.isPresent()) {
            reject(errors, refused.get());
            return false;
        }
        Instant now = Instant.now(clock);
        MatchStepRecorded started = proposal.apply(request, user.id(), startDate.get(), today, now);
        repository.update(proposal, now);
        repository.appendStep(started, null);
        MapBindingResult phaseErrors = new MapBindingResult(new HashMap<>(), "phaseChangeForm");
        if (!trajectories.changePhase(
                user,
                proposal.trajectoryId(),
                new PhaseChangeForm(Phase.BORG.name(), null, null, null, null, null),
                phaseErrors)) {
            throw new IllegalStateException("Borg refused after a confirmed start: " + phaseErrors.getAllErrors());
        }
        MatchRepository.Place place = repository.place(proposal.placeId()).orElseThrow(NotFoundException::new);
        events.publishEvent(started);
        events.publishEvent(new MatchStarted(
                proposal.id(),
                proposal.youthId(),
                proposal.trajectoryId(),
                proposal.placeId(),
                proposal.organisationId(),
                place.kind(),
                startDate.get()));
        return true;
    }

    // ---- shared with the employer side ----

    boolean recordStep(CurrentUser user, MatchProposal proposal, MatchActor actor, StepForm form, Errors errors) {
        MatchStatus target = Choices.parse(MatchStatus.class, form.target())
                .filter(t -> t == MatchStatus.INTRODUCTION || t == MatchStatus.TRIAL)
                .orElse(null);
        if (target == null) {
            errors.rejectValue("target", "match.error.target");
        }
        LocalDate today = DutchTime.today(clock);
        LocalDate on = DutchDates.parse(form.occurredOn()).orElse(null);
        if (on == null) {
            errors.rejectValue("occurredOn", "match.error.occurredOn");
        } else if (on.isAfter(today.plusMonths(3)) || on.isBefore(today.minusYears(1))) {
            errors.rejectValue("occurredOn", "match.error.occurredOn.range");
        }
        String note = blankToNull(form.note());
        if (note != null && note.length() > MAX_NOTE) {
            errors.rejectValue("note", "match.error.note.tooLong");
        }
        if (target != null) {
            proposal.check(PipelinePolicy.Request.step(target, actor), today)
                    .ifPresent(r -> errors.rejectValue("target", "match.rejected." + r.name()));
        }
        if (errors.hasErrors() || target == null || on == null) {
            return false;
        }
        Instant now = Instant.now(clock);
        MatchStepRecorded event = proposal.apply(PipelinePolicy.Request.step(target, actor), user.id(), on, today, now);
        repository.update(proposal, now);
        repository.appendStep(event, note);
        events.publishEvent(event);
        return true;
    }

    boolean recordClose(CurrentUser user, MatchProposal proposal, MatchActor actor, CloseForm form, Errors errors) {
        String how = actor == MatchActor.EMPLOYER ? "DECLINED_BY_EMPLOYER" : form.how();
        String reason = blankToNull(form.reason());
        PipelinePolicy.Request request;
        if ("WITHDRAWN".equals(how)) {
            request = PipelinePolicy.Request.withdraw(actor, reason);
        } else if (how != null && how.startsWith("DECLINED_BY_")) {
            MatchActor by = Choices.parse(MatchActor.class, how.substring("DECLINED_BY_".length()))
                    .orElse(null);
            request = PipelinePolicy.Request.decline(actor, by, reason);
        } else {
            errors.rejectValue("how", "match.error.how");
            return false;
        }
        if (reason != null && reason.length() > MAX_NOTE) {
            errors.rejectValue("reason", "match.error.note.tooLong");
            return false;
        }
        LocalDate today = DutchTime.today(clock);
        Optional<PipelinePolicy.Rejection> refused = proposal.check(request, today);
        if (refused.isPresent()) {
            reject(errors, refused.get());
            return false;
        }
        Instant now = Instant.now(clock);
        MatchStepRecorded event = proposal.apply(request, user.id(), today, today, now);
        repository.update(proposal, now);
        repository.appendStep(event, reason);
        events.publishEvent(event);
        return true;
    }

    // ---- access ----

    private List<Item> items(List<MatchRepository.Row> rows, String region) {
        List<MatchRepository.Step> steps =
                repository.steps(rows.stream().map(MatchRepository.Row::id).toList());
        Map<UUID, Boolean> consent = new HashMap<>();
        return rows.stream()
                .map(r -> new Item(
                        r,
                        steps.stream().filter(s -> s.matchId().equals(r.id())).toList(),
                        consent.computeIfAbsent(
                                r.organisationId(), org -> employerConsent.given(org, region, r.youthId()))))
                .toList();
    }

    private @Nullable String problem(TrajectoryRef trajectory, UUID youthId, MatchRepository.Place place) {
        if (trajectory.phase() != Phase.MATCH) {
            return "match.error.notInMatch";
        }
        if (!place.hasRoom()) {
            return "match.error.placeFull";
        }
        if (repository.hasOpenProposal(youthId, place.id())) {
            return "match.error.alreadyProposed";
        }
        return null;
    }

    private Grant requireOwnScope(CurrentUser user, UUID youthId, AccessEventType type) {
        Grant grant = youthAccess.require(user, youthId, type, DataCategory.TRAJECTORY);
        if (!grant.ownScope()) {
            throw new NotFoundException();
        }
        return grant;
    }

    /** Whether the page offers the coach's actions (each action still asks the trajectory module). */
    private boolean isCoachOf(CurrentUser user, UUID trajectoryId) {
        return repository.isOpenTrajectoryCoachedBy(trajectoryId, user.id());
    }

    private TrajectoryRef requireTrajectoryCoach(CurrentUser user, UUID youthId) {
        UUID trajectoryId = repository
                .openTrajectory(youthId)
                .map(MatchRepository.OpenTrajectory::id)
                .orElseThrow(NotFoundException::new);
        return trajectories.requireOwnOpen(user, trajectoryId);
    }

    private MatchProposal requireActingCoach(CurrentUser user, UUID matchId) {
        MatchProposal proposal = repository.find(matchId).orElseThrow(NotFoundException::new);
        trajectories.requireOwnOpen(user, proposal.trajectoryId());
        return proposal;
    }

    /** A rejection next to its field; one about the proposal as a whole at the top of the form. */
    private static void reject(Errors errors, PipelinePolicy.Rejection rejection) {
        String code = "match.rejected." + rejection.name();
        switch (rejection) {
            case START_NOT_CONFIRMED -> errors.rejectValue("confirmed", code);
            case START_WITHOUT_DATE, START_DATE_OUT_OF_RANGE -> errors.rejectValue("startDate", code);
            case WITHOUT_REASON -> errors.rejectValue("reason", code);
            case DECLINE_WITHOUT_PARTY, DECLINE_FOR_SOMEONE_ELSE, WITHDRAW_BY_COACH_ONLY ->
                errors.rejectValue("how", code);
            case ALREADY_CLOSED, SAME_STATUS, NOT_THE_NEXT_STEP, START_BY_COACH_ONLY -> errors.reject(code);
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
