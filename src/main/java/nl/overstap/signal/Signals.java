package nl.overstap.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.identity.AccountSummary;
import nl.overstap.identity.Accounts;
import nl.overstap.identity.Organisation;
import nl.overstap.identity.OrganisationKind;
import nl.overstap.identity.Organisations;
import nl.overstap.shared.Choices;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchDates;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import nl.overstap.trajectory.Programme;
import nl.overstap.trajectory.Trajectories;
import nl.overstap.youth.BsnProtector;
import nl.overstap.youth.DuplicateCandidates;
import nl.overstap.youth.Registration;
import nl.overstap.youth.YouthRegistration;
import nl.overstap.youth.YouthSearch;
import nl.overstap.youth.YouthSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

/**
 * The signal module's API: report a signal, the reporter's receipts, the triage queue, the signal page
 * and its outcomes. Access is decided here: a coordinator sees the signals of their region, a coach
 * those routed to their own organisation, nobody else any (the reporter only their receipts). Every
 * read, list and change writes the access log in the same transaction; unknown and forbidden ids are
 * both 404.
 */
@Service
public class Signals {

    static final int PAGE_SIZE = 50;
    static final String OBJECT_TYPE = "signal";
    private static final Set<DataCategory> LISTED = EnumSet.of(DataCategory.BASIC);

    private final JdbcClient jdbc;
    private final SignalRepository repository;
    private final SignalRouter router;
    private final BsnProtector bsnProtector;
    private final AccessLog accessLog;
    private final Organisations organisations;
    private final Accounts accounts;
    private final YouthRegistration registration;
    private final YouthSearch youthSearch;
    private final Trajectories trajectories;
    private final DuplicateCandidates duplicates;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int attemptsRequired;

    Signals(
            JdbcClient jdbc,
            SignalRepository repository,
            SignalRouter router,
            BsnProtector bsnProtector,
            AccessLog accessLog,
            Organisations organisations,
            Accounts accounts,
            YouthRegistration registration,
            YouthSearch youthSearch,
            Trajectories trajectories,
            DuplicateCandidates duplicates,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${overstap.signals.outreach-attempts-required:3}") int attemptsRequired) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.router = router;
        this.bsnProtector = bsnProtector;
        this.accessLog = accessLog;
        this.organisations = organisations;
        this.accounts = accounts;
        this.registration = registration;
        this.youthSearch = youthSearch;
        this.trajectories = trajectories;
        this.duplicates = duplicates;
        this.events = events;
        this.clock = clock;
        this.attemptsRequired = attemptsRequired;
    }

    // ---------------------------------------------------------------------------------------------
    // Reporting
    // ---------------------------------------------------------------------------------------------

    /** Partners, coaches and coordinators report signals. */
    public static boolean mayReport(CurrentUser user) {
        return user.is(Role.PARTNER) || user.is(Role.COACH) || user.is(Role.COORDINATOR);
    }

    /** The source a reporter most likely means, from the kind of their organisation. */
    public SignalSource defaultSource(CurrentUser user) {
        OrganisationKind kind = organisations
                .find(user.organisationId())
                .map(Organisation::kind)
                .orElse(OrganisationKind.VOLUNTEER);
        return switch (kind) {
            case RMC -> SignalSource.RMC_DUO;
            case YOUTH_CARE, MENTAL_HEALTH -> SignalSource.YOUTH_CARE_18;
            case EDUCATION -> SignalSource.SCHOOL;
            case PROBATION -> SignalSource.POLICE_JUSTICE;
            case UWV -> SignalSource.UWV;
            case MUNICIPALITY -> SignalSource.MUNICIPALITY;
            case NEIGHBOURHOOD_TEAM -> SignalSource.NEIGHBOURHOOD_TEAM;
            default -> SignalSource.OTHER;
        };
    }

    /** Stores and routes a reported signal; empty when {@code errors} got field errors. */
    @Transactional
    public Optional<UUID> report(CurrentUser user, SignalForm form, Errors errors) {
        if (!mayReport(user)) {
            throw new NotFoundException();
        }
        LocalDate today = DutchTime.today(clock);
        Optional<ReportValidator.Report> valid = ReportValidator.validate(form, today, errors);
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        ReportValidator.Report report = valid.get();
        UUID owner = router.route(user.region(), report.municipality().name(), null, report.source())
                .orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into signal (id, region, source, urgency, signalled_on, reason, reporting_organisation_id,
                                            reporter_account_id, reporter_name, given_names, family_name, date_of_birth,
                                            municipality, postcode, house_number, phone, email, bsn_encrypted, bsn_hash,
                                            assigned_organisation_id, status, first_contact_due, created_at, created_by)
                        values (:id, :region, :source, :urgency, :on, :reason, :org, :reporter, :reporterName, :given,
                                :family, :birth, :municipality, :postcode, :house, :phone, :email, :bsn, :bsnHash, :owner,
                                'OPEN', :due, :now, :reporter)
                        """)
                .param("id", id)
                .param("region", user.region())
                .param("source", report.source().name())
                .param("urgency", report.urgency().name())
                .param("on", today)
                .param("reason", report.reason())
                .param("org", user.organisationId())
                .param("reporter", user.id())
                .param("reporterName", user.displayName())
                .param("given", report.givenNames())
                .param("family", report.familyName())
                .param("birth", report.dateOfBirth())
                .param("municipality", report.municipality().name())
                .param("postcode", report.postcode())
                .param("house", report.houseNumber())
                .param("phone", report.phone())
                .param("email", report.email())
                .param("bsn", report.bsn() == null ? null : bsnProtector.encrypt(report.bsn()))
                .param("bsnHash", report.bsn() == null ? null : bsnProtector.hash(report.bsn()))
                .param("owner", owner)
                .param("due", router.firstContactDue(today, report.urgency()))
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        Set<DataCategory> categories = EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS);
        if (report.bsn() != null) {
            categories.add(DataCategory.BSN);
        }
        accessLog.allowed(AccessEvent.of(AccessEventType.CREATE, user, null, OBJECT_TYPE, id, categories));
        return Optional.of(id);
    }

    /** The signals this person reported: when, received, who handles it, open or closed. Never the file. */
    @Transactional
    public List<SignalViews.Receipt> receipts(CurrentUser user) {
        if (!mayReport(user)) {
            throw new NotFoundException();
        }
        List<SignalViews.Receipt> receipts = jdbc.sql("""
                        select s.id, s.signalled_on, s.created_at, o.name, s.status = 'OPEN' as open
                          from signal s left join organisation o on o.id = s.assigned_organisation_id
                         where s.reporter_account_id = :me
                         order by s.created_at desc
                         limit 200
                        """)
                .param("me", user.id())
                .query((rs, n) -> new SignalViews.Receipt(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
        List<UUID> ids = receipts.stream().map(SignalViews.Receipt::id).toList();
        accessLog.listedObjects(
                user, OBJECT_TYPE, ids, new ArrayList<>(java.util.Collections.nCopies(ids.size(), null)), Set.of());
        return receipts;
    }

    // ---------------------------------------------------------------------------------------------
    // The triage queue
    // ---------------------------------------------------------------------------------------------

    /** Coaches and coordinators triage. */
    public static boolean mayTriage(CurrentUser user) {
        return user.is(Role.COACH) || user.is(Role.COORDINATOR);
    }

    /**
     * Open signals within the user's reach: a coordinator the region's (without an owner first), a
     * coach their organisation's. Overdue first (earliest deadline first), then most urgent.
     */
    @Transactional
    public SignalViews.RowPage queue(CurrentUser user, int page) {
        if (!mayTriage(user)) {
            throw new NotFoundException();
        }
        String scope = scope(user);
        int safePage = Math.max(0, page);
        long total = jdbc.sql("select count(*) from signal s where s.status = 'OPEN' and " + scope)
                .param("region", user.region())
                .param("org", user.organisationId())
                .query(Long.class)
                .single();
        List<SignalViews.Row> rows = jdbc.sql(ROW_SELECT + " where s.status = 'OPEN' and " + scope + """
                         order by (s.assigned_organisation_id is null) desc, s.first_contact_due,
                                  case s.urgency when 'URGENT' then 0 when 'HIGH' then 1 else 2 end, s.created_at, s.id
                         limit :limit offset :offset
                        """)
                .param("region", user.region())
                .param("org", user.organisationId())
                .param("today", DutchTime.today(clock))
                .param("limit", PAGE_SIZE + 1)
                .param("offset", safePage * PAGE_SIZE)
                .query(Signals::row)
                .list();
        return page(user, rows, safePage, total);
    }

    /** The part of a row query every list shares; the caller adds where, order and limit. */
    static final String ROW_SELECT = """
            select s.id, s.signalled_on, s.source, s.urgency, s.status, s.given_names, s.family_name, s.municipality,
                   o.name as owner_name, s.first_contact_due, s.youth_id,
                   (select count(*) from outreach_attempt a where a.signal_id = s.id) as attempts,
                   (s.status = 'OPEN' and s.first_contact_due < :today) as overdue,
                   (:today - s.signalled_on) as age_days
              from signal s left join organisation o on o.id = s.assigned_organisation_id
            """;

    /** The SQL condition for the signals this user may see (fixed fragments, chosen by role). */
    static String scope(CurrentUser user) {
        return switch (user.role()) {
            case COORDINATOR -> "s.region = :region";
            case COACH -> "s.assigned_organisation_id = :org";
            default -> "false";
        };
    }

    static SignalViews.Row row(ResultSet rs, int n) throws SQLException {
        return new SignalViews.Row(
                rs.getObject("id", UUID.class),
                rs.getObject("signalled_on", LocalDate.class),
                SignalSource.valueOf(rs.getString("source")),
                Urgency.valueOf(rs.getString("urgency")),
                SignalStatus.valueOf(rs.getString("status")),
                SignalViews.displayName(rs.getString("given_names"), rs.getString("family_name")),
                rs.getString("municipality"),
                rs.getString("owner_name"),
                rs.getObject("first_contact_due", LocalDate.class),
                rs.getInt("attempts"),
                rs.getBoolean("overdue"),
                rs.getLong("age_days"));
    }

    /** Cuts the look-ahead row, logs the shown rows as listed. */
    SignalViews.RowPage page(CurrentUser user, List<SignalViews.Row> rows, int page, long total) {
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<SignalViews.Row> shown = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
        List<UUID> ids = shown.stream().map(SignalViews.Row::id).toList();
        List<@Nullable UUID> youths = youthsOf(ids);
        accessLog.listedObjects(user, OBJECT_TYPE, ids, youths, LISTED);
        return new SignalViews.RowPage(List.copyOf(shown), page, hasNext, total);
    }

    private List<@Nullable UUID> youthsOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, UUID> linked = new java.util.HashMap<>();
        jdbc.sql("select id, youth_id from signal where id in (:ids) and youth_id is not null")
                .param("ids", ids)
                .query((rs, n) -> linked.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        List<@Nullable UUID> youths = new ArrayList<>();
        for (UUID id : ids) {
            youths.add(linked.get(id));
        }
        return youths;
    }

    // ---------------------------------------------------------------------------------------------
    // The signal page
    // ---------------------------------------------------------------------------------------------

    /** The signal with its attempts and duplicate candidates; logged as a read. */
    @Transactional
    public SignalViews.Page show(CurrentUser user, UUID signalId) {
        Signal signal = require(user, signalId);
        SignalViews.Page page = load(user, signal);
        accessLog.allowed(
                AccessEvent.of(AccessEventType.READ, user, signal.youthId(), OBJECT_TYPE, signalId, categories(page)));
        return page;
    }

    private SignalViews.Page load(CurrentUser user, Signal signal) {
        LocalDate today = DutchTime.today(clock);
        List<SignalViews.Attempt> attempts = jdbc.sql("""
                        select a.kind, a.attempted_on, a.reached, a.note, acc.display_name
                          from outreach_attempt a join account acc on acc.id = a.created_by
                         where a.signal_id = :id order by a.attempted_on, a.created_at
                        """)
                .param("id", signal.id())
                .query((rs, n) -> new SignalViews.Attempt(
                        OutreachKind.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        return jdbc.sql("""
                        select s.*, ro.name as reporting_name, ow.name as owner_name, rf.name as referred_name
                          from signal s
                          left join organisation ro on ro.id = s.reporting_organisation_id
                          left join organisation ow on ow.id = s.assigned_organisation_id
                          left join organisation rf on rf.id = s.referred_to_organisation_id
                         where s.id = :id
                        """)
                .param("id", signal.id())
                .query((rs, n) -> {
                    String encrypted = rs.getString("bsn_encrypted");
                    DuplicateCandidates.Person person = new DuplicateCandidates.Person(
                            rs.getString("given_names"),
                            rs.getString("family_name"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getString("postcode"),
                            rs.getString("bsn_hash"));
                    boolean open = "OPEN".equals(rs.getString("status"));
                    Timestamp closedAt = rs.getTimestamp("closed_at");
                    return new SignalViews.Page(
                            signal.id(),
                            SignalSource.valueOf(rs.getString("source")),
                            Urgency.valueOf(rs.getString("urgency")),
                            signal.status(),
                            rs.getObject("signalled_on", LocalDate.class),
                            rs.getString("reason"),
                            rs.getString("reporting_name"),
                            rs.getString("reporter_name"),
                            rs.getString("given_names"),
                            rs.getString("family_name"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getString("municipality"),
                            rs.getString("postcode"),
                            rs.getString("house_number"),
                            rs.getString("phone"),
                            rs.getString("email"),
                            encrypted == null ? null : bsnProtector.decryptMasked(encrypted),
                            rs.getString("school"),
                            rs.getString("course"),
                            rs.getObject("deregistered_on", LocalDate.class),
                            signal.assignedOrganisationId(),
                            rs.getString("owner_name"),
                            signal.firstContactDue(),
                            signal.isOverdue(today),
                            signal.youthId(),
                            signal.trajectoryId(),
                            rs.getString("referred_name"),
                            rs.getString("outcome_note"),
                            closedAt == null ? null : closedAt.toInstant(),
                            signal.version(),
                            attempts,
                            attemptsRequired,
                            open && nl.overstap.youth.YouthScope.seesYouths(user)
                                    ? duplicates.find(user, person, 5)
                                    : List.of());
                })
                .single();
    }

    /** The signal when this user may see it; otherwise a logged refusal and a 404. */
    private Signal require(CurrentUser user, UUID signalId) {
        Signal signal = repository.find(signalId).orElse(null);
        if (signal == null || !visible(user, signal)) {
            accessLog.denied(AccessEvent.of(
                    AccessEventType.READ,
                    user,
                    signal == null ? null : signal.youthId(),
                    OBJECT_TYPE,
                    signalId,
                    Set.of()));
            throw new NotFoundException();
        }
        return signal;
    }

    static boolean visible(CurrentUser user, Signal signal) {
        return switch (user.role()) {
            case COORDINATOR -> user.region().equals(signal.region());
            case COACH -> user.organisationId().equals(signal.assignedOrganisationId());
            default -> false;
        };
    }

    private static Set<DataCategory> categories(SignalViews.Page page) {
        Set<DataCategory> categories = EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS);
        if (page.maskedBsn() != null) {
            categories.add(DataCategory.BSN);
        }
        return categories;
    }

    // ---------------------------------------------------------------------------------------------
    // Triage actions
    // ---------------------------------------------------------------------------------------------

    /** Logs an outreach attempt; false when {@code errors} got field errors. */
    @Transactional
    public boolean logOutreach(CurrentUser user, UUID signalId, OutreachForm form, Errors errors) {
        Signal signal = require(user, signalId);
        if (!signal.status().isOpen()) {
            errors.reject("signal.rejected.ALREADY_CLOSED");
        }
        Optional<OutreachKind> kind = Choices.parse(OutreachKind.class, form.kind());
        if (kind.isEmpty()) {
            errors.rejectValue("kind", "signal.error.kind.required");
        }
        Optional<LocalDate> on = DutchDates.parse(form.attemptedOn());
        LocalDate today = DutchTime.today(clock);
        if (ReportValidator.blank(form.attemptedOn())) {
            errors.rejectValue("attemptedOn", "signal.error.attemptedOn.required");
        } else if (on.isEmpty()) {
            errors.rejectValue("attemptedOn", "signal.error.date.format");
        } else if (on.get().isAfter(today)) {
            errors.rejectValue("attemptedOn", "signal.error.attemptedOn.future");
        }
        if (!"true".equals(form.reached()) && !"false".equals(form.reached())) {
            errors.rejectValue("reached", "signal.error.reached.required");
        }
        if (form.outreachNote() != null && form.outreachNote().length() > ReportValidator.MAX_REASON) {
            errors.rejectValue("outreachNote", "signal.error.reason.tooLong");
        }
        if (errors.hasErrors()) {
            return false;
        }
        repository.addAttempt(
                signalId,
                version(form.version(), signal),
                kind.orElseThrow(),
                on.orElseThrow(),
                "true".equals(form.reached()),
                ReportValidator.trim(form.outreachNote()),
                user.id(),
                Instant.now(clock));
        accessLog.allowed(AccessEvent.of(
                AccessEventType.UPDATE, user, signal.youthId(), OBJECT_TYPE, signalId, EnumSet.of(DataCategory.BASIC)));
        return true;
    }

    /** Referred, not reachable, declined or outside the target group; false with errors when refused. */
    @Transactional
    public boolean close(CurrentUser user, UUID signalId, OutcomeForm form, Errors errors) {
        Signal signal = require(user, signalId);
        Optional<SignalStatus> outcome = Choices.parse(SignalStatus.class, form.outcome())
                .filter(s -> s == SignalStatus.REFERRED
                        || s == SignalStatus.NOT_REACHABLE
                        || s == SignalStatus.DECLINED
                        || s == SignalStatus.OUTSIDE_TARGET_GROUP);
        if (outcome.isEmpty()) {
            errors.rejectValue("outcome", "signal.error.outcome.required");
            return false;
        }
        String note = ReportValidator.trim(form.outcomeNote());
        if (note != null && note.length() > ReportValidator.MAX_REASON) {
            errors.rejectValue("outcomeNote", "signal.error.reason.tooLong");
            return false;
        }
        UUID referredTo = null;
        if (outcome.get() == SignalStatus.REFERRED && form.referredTo() != null) {
            referredTo = organisationsOfRegion(user.region()).stream()
                    .map(SignalViews.OrganisationOption::id)
                    .filter(form.referredTo()::equals)
                    .findFirst()
                    .orElse(null);
            if (referredTo == null) {
                errors.rejectValue("referredTo", "signal.error.referredTo.unknown");
                return false;
            }
        }
        Signal.Closing closing = switch (outcome.get()) {
            case REFERRED -> new Signal.Closing.Referred(referredTo, note);
            case NOT_REACHABLE ->
                new Signal.Closing.NotReachable(repository.attempts(signalId), attemptsRequired, note);
            case DECLINED -> new Signal.Closing.Declined(note);
            default -> new Signal.Closing.OutsideTargetGroup(note);
        };
        Optional<Signal.Rejection> rejection = signal.check(closing);
        if (rejection.isPresent()) {
            String field = switch (rejection.get()) {
                case REFERRAL_NEEDS_ORGANISATION -> "referredTo";
                case REASON_REQUIRED -> "outcomeNote";
                default -> "outcome";
            };
            errors.rejectValue(field, rejection.get().messageKey(), new Object[] {attemptsRequired}, null);
            return false;
        }
        finish(user, signal, closing, version(form.version(), signal), null, referredTo, note);
        return true;
    }

    /** What became of "contact made". */
    public sealed interface ContactResult {
        /** The youth was registered, the trajectory started and the signal closed. */
        record Done(UUID youthId) implements ContactResult {}

        /** Field errors were added; nothing was stored. */
        record Invalid() implements ContactResult {}

        /** Someone with the same name and date of birth exists: the coach confirms or links instead. */
        record PossibleDuplicates(List<DuplicateCandidates.Candidate> matches) implements ContactResult {}
    }

    /**
     * Contact made: registers the youth with the youth module's rules and starts a trajectory in Scout
     * (the trajectory module's rules), then closes the signal, all in one transaction. Coaches only.
     */
    @Transactional
    public ContactResult contactMade(CurrentUser user, UUID signalId, ContactMadeForm form, Errors errors) {
        Signal signal = require(user, signalId);
        if (!YouthRegistration.mayRegister(user) || !Trajectories.mayStart(user)) {
            throw new NotFoundException();
        }
        Optional<Signal.Rejection> rejection =
                signal.check(new Signal.Closing.ContactMade(UUID.randomUUID(), UUID.randomUUID()));
        if (rejection.isPresent()) {
            errors.reject(rejection.get().messageKey());
            return new ContactResult.Invalid();
        }
        Registration registered = registration.register(user, form.youth(), errors);
        if (registered instanceof Registration.PossibleDuplicates duplicate) {
            return new ContactResult.PossibleDuplicates(duplicate.matches());
        }
        if (!(registered instanceof Registration.Registered done)) {
            return new ContactResult.Invalid();
        }
        UUID trajectoryId = trajectories.start(user, done.youthId(), form.trajectory(), errors);
        if (trajectoryId == null) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new ContactResult.Invalid();
        }
        finish(
                user,
                signal,
                new Signal.Closing.ContactMade(done.youthId(), trajectoryId),
                version(form.version(), signal),
                trajectoryId,
                null,
                null);
        return new ContactResult.Done(done.youthId());
    }

    /** Youths in the user's scope matching a term, to link the signal to (the search is logged). */
    @Transactional
    public List<YouthSummary> findYouths(CurrentUser user, UUID signalId, @Nullable String term) {
        require(user, signalId);
        if (ReportValidator.blank(term)) {
            return List.of();
        }
        return youthSearch.search(user, term).youths();
    }

    /** Already in a trajectory: links the signal to the youth and their open trajectory. */
    @Transactional
    public boolean link(CurrentUser user, UUID signalId, LinkForm form, Errors errors) {
        Signal signal = require(user, signalId);
        if (form.linkYouthId() == null) {
            errors.rejectValue("linkYouthId", "signal.error.linkYouth.required");
            return false;
        }
        Optional<UUID> trajectoryId = trajectories.openTrajectoryOf(user, form.linkYouthId());
        if (trajectoryId.isEmpty()) {
            errors.rejectValue("linkYouthId", "signal.error.linkYouth.noTrajectory");
            return false;
        }
        Signal.Closing closing = new Signal.Closing.Linked(form.linkYouthId(), trajectoryId.get());
        Optional<Signal.Rejection> rejection = signal.check(closing);
        if (rejection.isPresent()) {
            errors.reject(rejection.get().messageKey());
            return false;
        }
        finish(user, signal, closing, version(form.version(), signal), trajectoryId.get(), null, null);
        return true;
    }

    /** A coordinator of the region gives an open signal an owner. */
    @Transactional
    public boolean assign(CurrentUser user, UUID signalId, AssignForm form, Errors errors) {
        Signal signal = require(user, signalId);
        if (!user.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
        if (!signal.status().isOpen()) {
            errors.reject("signal.rejected.ALREADY_CLOSED");
            return false;
        }
        boolean known = form.ownerId() != null
                && coachingOrganisations(user.region()).stream().anyMatch(o -> o.id().equals(form.ownerId()));
        if (!known) {
            errors.rejectValue("ownerId", "signal.error.owner.required");
            return false;
        }
        repository.assign(signal.assignedTo(form.ownerId()), version(form.version(), signal));
        accessLog.allowed(AccessEvent.of(
                AccessEventType.UPDATE, user, signal.youthId(), OBJECT_TYPE, signalId, EnumSet.of(DataCategory.BASIC)));
        return true;
    }

    private void finish(
            CurrentUser user,
            Signal signal,
            Signal.Closing closing,
            int expectedVersion,
            @Nullable UUID trajectoryId,
            @Nullable UUID referredTo,
            @Nullable String note) {
        SignalClosed closed = signal.close(closing, user.id(), Instant.now(clock));
        repository.close(closed, expectedVersion, trajectoryId, referredTo, note);
        accessLog.allowed(AccessEvent.of(
                AccessEventType.UPDATE,
                user,
                closed.youthId(),
                OBJECT_TYPE,
                signal.id(),
                EnumSet.of(DataCategory.BASIC)));
        events.publishEvent(closed);
    }

    private static int version(@Nullable Integer typed, Signal signal) {
        return typed == null ? signal.version() : typed;
    }

    // ---------------------------------------------------------------------------------------------
    // Choices for the forms
    // ---------------------------------------------------------------------------------------------

    /** The coaching organisations of a region: possible owners. */
    public List<SignalViews.OrganisationOption> coachingOrganisations(String region) {
        return organisations.all().stream()
                .filter(o -> o.region().equals(region) && o.kind() == OrganisationKind.COACHING)
                .map(o -> new SignalViews.OrganisationOption(o.id(), o.name()))
                .toList();
    }

    /** Every organisation of the region: where a signal may be referred. */
    public List<SignalViews.OrganisationOption> organisationsOfRegion(String region) {
        return organisations.all().stream()
                .filter(o -> o.region().equals(region) && o.kind() != OrganisationKind.EMPLOYER)
                .map(o -> new SignalViews.OrganisationOption(o.id(), o.name()))
                .toList();
    }

    public List<Programme> programmes() {
        return trajectories.programmes();
    }

    public List<AccountSummary> coachesOf(CurrentUser user) {
        return accounts.coachesOf(user.organisationId());
    }

    public int attemptsRequired() {
        return attemptsRequired;
    }
}
