package nl.overstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.overstap.consent.ConsentForm;
import nl.overstap.consent.ConsentRecords;
import nl.overstap.consent.CovenantForm;
import nl.overstap.consent.Covenants;
import nl.overstap.consent.EmergencyAccess;
import nl.overstap.consent.EmergencyForm;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.youth.Bsn;
import nl.overstap.youth.BsnProtector;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.MapBindingResult;

/**
 * The objects of the access-control matrix: nine fixture youths (see {@link Variant}), each with a
 * BSN, an open trajectory with a phase change, a contact, a key person, consent records and an open
 * erasure request, and a unique canary in every sensitive field; plus a fresh coaching organisation
 * with its own covenant (ended yesterday) and a few throwaway administrative objects.
 *
 * <p>Consent, covenant and break-the-glass go through the real services; the youths and their
 * trajectories, contacts, key persons and erasure requests are written with SQL so every field can
 * hold a canary. All ids start with {@code ffffffff}, so queries of other tests that pick "the first
 * youth of coach" ({@code order by id limit 1}) never pick a matrix youth.
 */
final class MatrixFixtures {

    static final String RMC = "RMC Regio Haaglanden";
    static final String UWV = "UWV Werkbedrijf Haaglanden";
    static final String MBO = "Mbo College Hofstad";
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** One fixture youth and the ids of everything hanging off it. */
    record Youth(
            Variant variant,
            UUID youthId,
            UUID organisationId,
            UUID trajectoryId,
            UUID trajectoryCoachId,
            UUID contactId,
            UUID keyPersonId,
            UUID erasureRequestId,
            String familyName,
            LocalDate dateOfBirth) {}

    private final JdbcClient jdbc;
    private final BsnProtector bsnProtector;
    private final ConsentRecords consents;
    private final EmergencyAccess emergency;
    private final Covenants covenants;
    private final TestLogins logins;
    private final Clock clock;

    /** Five random letters shared by every canary of this run. */
    final String run;

    final Map<Variant, Youth> youths = new EnumMap<>(Variant.class);
    final List<Canary> canaries = new ArrayList<>();

    UUID rmc;
    UUID uwv;
    UUID mbo;
    UUID programme;
    UUID freshOrganisation;
    UUID freshCoach;
    UUID endedCovenant;
    UUID throwawayOrganisation;
    UUID throwawayAccount;
    private final Map<String, CurrentUser> users = new HashMap<>();
    private final Map<String, UUID> organisationOf = new HashMap<>();
    private final Set<String> bsnSuffixes = new HashSet<>();

    MatrixFixtures(
            JdbcClient jdbc,
            BsnProtector bsnProtector,
            ConsentRecords consents,
            EmergencyAccess emergency,
            Covenants covenants,
            TestLogins logins,
            Clock clock) {
        this.jdbc = jdbc;
        this.bsnProtector = bsnProtector;
        this.consents = consents;
        this.emergency = emergency;
        this.covenants = covenants;
        this.logins = logins;
        this.clock = clock;
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        this.run = letters.toString();
    }

    CurrentUser user(String username) {
        return users.computeIfAbsent(username, logins::currentUser);
    }

    void create() {
        rmc = organisation(RMC);
        uwv = organisation(UWV);
        mbo = organisation(MBO);
        programme = jdbc.sql("select id from programme where active order by code limit 1")
                .query(UUID.class)
                .single();
        for (String username : List.of("coach", "coach2", "coach3", "coordinator", "partner", "admin")) {
            organisationOf.put(username, user(username).organisationId());
        }
        createFreshOrganisationWithEndedCovenant();
        createThrowawayObjects();

        UUID jch = organisationOf.get("coach");
        UUID rld = organisationOf.get("coach3");
        UUID coach = user("coach").id();
        for (Variant variant : Variant.YOUTHS) {
            switch (variant) {
                case OTHER_ORG -> youth(variant, rld, user("coach3").id());
                case COVENANT_ENDED -> youth(variant, freshOrganisation, freshCoach);
                default -> youth(variant, jch, coach);
            }
        }

        // Every youth: a refused consent for UWV that carries the guardian-note canary (grants nothing).
        for (Youth youth : youths.values()) {
            String recorder = switch (youth.variant()) {
                case OTHER_ORG -> "coach3";
                case COVENANT_ENDED -> "coordinator";
                default -> "coach";
            };
            record(
                    recorder,
                    youth,
                    uwv,
                    List.of("BASIC"),
                    "CONSENT",
                    "REFUSED",
                    today(),
                    null,
                    null,
                    canary(youth.variant(), Seen.GUARDIAN_NOTE, "guardian note"));
        }
        record(
                "coach",
                youths.get(Variant.CONSENTED),
                rmc,
                List.of("BASIC", "TRAJECTORY"),
                "CONSENT",
                "GRANTED",
                today(),
                null,
                null,
                null);
        record(
                "coach",
                youths.get(Variant.CONSENT_WITHDRAWN),
                rmc,
                List.of("BASIC", "TRAJECTORY", "CONTACT_DETAILS"),
                "CONSENT",
                "GRANTED",
                today().minusDays(20),
                null,
                null,
                null);
        for (UUID recordId :
                currentGranted(youths.get(Variant.CONSENT_WITHDRAWN).youthId(), rmc)) {
            consents.withdraw(user("coach"), recordId);
        }
        record(
                "coach",
                youths.get(Variant.CONSENT_EXPIRED),
                rmc,
                List.of("BASIC", "TRAJECTORY"),
                "CONSENT",
                "GRANTED",
                today().minusYears(3),
                today().minusYears(1).minusDays(1),
                null,
                null);
        record(
                "coordinator",
                youths.get(Variant.COVENANT_ENDED),
                rmc,
                List.of("BASIC", "TRAJECTORY"),
                "CONSENT",
                "GRANTED",
                today(),
                null,
                null,
                null);
        record(
                "coach",
                youths.get(Variant.STATUTE),
                rmc,
                List.of("BASIC", "SITUATION", "BSN"),
                "LEGAL_BASIS",
                null,
                today().minusMonths(2),
                null,
                "RMC_EARLY_SCHOOL_LEAVERS",
                null);

        Youth active = youths.get(Variant.BTG_ACTIVE);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "emergencyForm");
        UUID opened = emergency.open(
                user("coach3"),
                new EmergencyForm(
                        null,
                        active.familyName(),
                        active.dateOfBirth().format(DUTCH),
                        "Matrix: de jongere staat bij ons aan de balie en de eigen coach is niet bereikbaar."),
                errors);
        assertThat(errors.getAllErrors()).as("break-the-glass for the matrix").isEmpty();
        assertThat(opened).isEqualTo(active.youthId());
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        insert into emergency_access (id, account_id, youth_id, reason, started_at, expires_at)
                        values (:id, :account, :youth, :reason, :started, :expires)
                        """)
                .param("id", fixtureId())
                .param("account", user("coach3").id())
                .param("youth", youths.get(Variant.BTG_EXPIRED).youthId())
                .param("reason", "Matrix: noodtoegang die twee uur geleden is verlopen.")
                .param("started", Timestamp.from(now.minus(Duration.ofHours(6))))
                .param("expires", Timestamp.from(now.minus(Duration.ofHours(2))))
                .update();
    }

    /** Removes what could get in the way of other test classes sharing the database. */
    void cleanUp() {
        cleanUpSignals();
        List<UUID> requests =
                youths.values().stream().map(Youth::erasureRequestId).toList();
        jdbc.sql("delete from erasure_request where id in (:ids) and status = 'OPEN'")
                .param("ids", requests)
                .update();
        jdbc.sql("update emergency_access set expires_at = :now where youth_id in (:youths) and expires_at > :now")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("youths", youths.values().stream().map(Youth::youthId).toList())
                .update();
    }

    // ---- fresh objects for requests that change what they touch ----

    /** A current, granted consent of the youth for the mbo school (category PLAN): something to withdraw. */
    UUID freshConsentRecord(Variant variant) {
        UUID youthId = youths.get(variant).youthId();
        Integer previous = jdbc.sql("""
                        update consent_record set is_current = false
                         where youth_id = :youth and organisation_id = :org and data_category = 'PLAN' and is_current
                        returning version
                        """)
                .param("youth", youthId)
                .param("org", mbo)
                .query(Integer.class)
                .optional()
                .orElse(0);
        UUID id = fixtureId();
        jdbc.sql("""
                        insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current,
                                                    basis, decision, given_on, given_how, valid_until, recorded_by,
                                                    recorded_at)
                        values (:id, :youth, :org, 'PLAN', :version, true, 'CONSENT', 'GRANTED', :today, 'VERBAL',
                                :until, :by, :now)
                        """)
                .param("id", id)
                .param("youth", youthId)
                .param("org", mbo)
                .param("version", previous + 1)
                .param("today", today())
                .param("until", today().plusYears(1))
                .param("by", youths.get(variant).trajectoryCoachId())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        return id;
    }

    private final Map<Variant, UUID> scans = new EnumMap<>(Variant.class);

    /** One scan (all domains unknown) of the fixture youth, made on first use. */
    UUID scanOf(Variant variant) {
        return scans.computeIfAbsent(variant, v -> {
            UUID id = fixtureId();
            jdbc.sql("""
                            insert into scan (id, youth_id, scan_date, participants, created_by, created_at)
                            values (:id, :youth, current_date, '{YOUTH}', :by, :now)
                            """)
                    .param("id", id)
                    .param("youth", youths.get(v).youthId())
                    .param("by", youths.get(v).trajectoryCoachId())
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
            return id;
        });
    }

    // ---- match and follow-up: a place of the demo employer, per fixture youth a proposal for it and a started
    // proposal with its follow-up (one youth and one employer check-in), all made on first use ----

    private UUID matchPlace;
    private final Map<Variant, UUID> proposals = new EnumMap<>(Variant.class);
    private final Map<Variant, UUID> startedProposals = new EnumMap<>(Variant.class);

    /** An open place of the demo employer's organisation (the place table is written with plain SQL). */
    UUID matchPlace() {
        if (matchPlace == null) {
            CurrentUser employer = user("employer");
            matchPlace = fixtureId();
            jdbc.sql("""
                            insert into place (id, organisation_id, region, kind, sector, title, description, municipality,
                                               hours_min, hours_max, capacity, created_by)
                            values (:id, :org, :region, 'JOB', 'TECHNOLOGY', :title, 'Plek voor de toegangstest.', 'DELFT',
                                    20, 38, 50, :by)
                            """)
                    .param("id", matchPlace)
                    .param("org", employer.organisationId())
                    .param("region", employer.region())
                    .param("title", "Matrixplek " + run)
                    .param("by", employer.id())
                    .update();
        }
        return matchPlace;
    }

    /** A proposal (PROPOSED) of the fixture youth for the demo employer's place. */
    UUID proposalOf(Variant variant) {
        return proposals.computeIfAbsent(variant, v -> proposal(v, "PROPOSED", null));
    }

    /** The youth check-in of a started proposal of the fixture youth. */
    UUID youthCheckInOf(Variant variant) {
        return checkInOf(variant, "YOUTH");
    }

    /** The employer check-in of a started proposal of the fixture youth. */
    UUID employerCheckInOf(Variant variant) {
        return checkInOf(variant, "EMPLOYER");
    }

    private UUID checkInOf(Variant variant, String party) {
        UUID match = startedProposals.computeIfAbsent(variant, v -> {
            UUID id = proposal(v, "STARTED", today().minusDays(3));
            Youth youth = youths.get(v);
            jdbc.sql("""
                            insert into followup_placement (match_id, youth_id, trajectory_id, organisation_id, place_kind,
                                                            started_on, created_at)
                            values (:match, :youth, :trajectory, :org, 'JOB', :start, :now)
                            """)
                    .param("match", id)
                    .param("youth", youth.youthId())
                    .param("trajectory", youth.trajectoryId())
                    .param("org", user("employer").organisationId())
                    .param("start", today().minusDays(3))
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
            for (String p : List.of("YOUTH", "EMPLOYER")) {
                jdbc.sql("""
                                insert into followup_checkin (id, match_id, youth_id, party, period, due_on)
                                values (:id, :match, :youth, :party, 'P1W', :due)
                                """)
                        .param("id", fixtureId())
                        .param("match", id)
                        .param("youth", youth.youthId())
                        .param("party", p)
                        .param("due", today().plusDays(4))
                        .update();
            }
            return id;
        });
        return jdbc.sql("select id from followup_checkin where match_id = :m and party = :p")
                .param("m", match)
                .param("p", party)
                .query(UUID.class)
                .single();
    }

    private UUID proposal(Variant variant, String status, LocalDate start) {
        Youth youth = youths.get(variant);
        UUID id = fixtureId();
        jdbc.sql("""
                        insert into match_proposal (id, youth_id, trajectory_id, place_id, organisation_id, status, start_date,
                                                    hours_available, note, proposed_by, proposed_at, updated_at)
                        values (:id, :youth, :trajectory, :place, :org, :status, :start, 24, 'Matrixvoorstel', :by, :now, :now)
                        """)
                .param("id", id)
                .param("youth", youth.youthId())
                .param("trajectory", youth.trajectoryId())
                .param("place", matchPlace())
                .param("org", user("employer").organisationId())
                .param("status", status)
                .param("start", start)
                .param("by", youth.trajectoryCoachId())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        return id;
    }

    private final Map<Variant, UUID> goals = new EnumMap<>(Variant.class);
    private final Map<Variant, UUID> actions = new EnumMap<>(Variant.class);

    /** One plan goal of the fixture youth, made on first use. */
    UUID planGoalOf(Variant variant) {
        return goals.computeIfAbsent(variant, v -> {
            UUID id = fixtureId();
            jdbc.sql("""
                            insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                            values (:id, :youth, 'WORK_EDUCATION', 'Matrixdoel', current_date + 30, 'OPEN', :by, :now)
                            """)
                    .param("id", id)
                    .param("youth", youths.get(v).youthId())
                    .param("by", youths.get(v).trajectoryCoachId())
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
            return id;
        });
    }

    /** One plan action (owned by the youth) under that goal, made on first use. */
    UUID planActionOf(Variant variant) {
        return actions.computeIfAbsent(variant, v -> {
            UUID goal = planGoalOf(v);
            UUID id = fixtureId();
            jdbc.sql("""
                            insert into plan_action (id, goal_id, youth_id, description, owner_type, due_date, status,
                                                     created_by, created_at)
                            values (:id, :goal, :youth, 'Matrixactie', 'YOUTH', current_date + 14, 'OPEN', :by, :now)
                            """)
                    .param("id", id)
                    .param("goal", goal)
                    .param("youth", youths.get(v).youthId())
                    .param("by", youths.get(v).trajectoryCoachId())
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
            return id;
        });
    }

    private final Map<Variant, UUID> escalations = new EnumMap<>(Variant.class);
    private @org.jspecify.annotations.Nullable UUID meeting;

    /** One open escalation of the fixture youth's plan action, made on first use. */
    UUID escalationOf(Variant variant) {
        return escalations.computeIfAbsent(variant, v -> {
            UUID id = fixtureId();
            jdbc.sql("""
                            insert into escalation (id, action_id, youth_id, raised_by, raised_at, reason, status)
                            values (:id, :action, :youth, :by, :now, 'Matrix: actie zit vast', 'OPEN')
                            """)
                    .param("id", id)
                    .param("action", planActionOf(v))
                    .param("youth", youths.get(v).youthId())
                    .param("by", youths.get(v).trajectoryCoachId())
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
            return id;
        });
    }

    // ---- signal ----

    private @org.jspecify.annotations.Nullable UUID signal;
    private final List<UUID> routingRules = new ArrayList<>();

    /** An open signal of the Haaglanden region routed to Jongerencoaching Haaglanden (coach's organisation). */
    UUID signal() {
        if (signal == null) {
            UUID id = fixtureId();
            jdbc.sql("""
                            insert into signal (id, region, source, urgency, signalled_on, reason, family_name,
                                                municipality, assigned_organisation_id, status, first_contact_due)
                            select :id, 'Haaglanden', 'SCHOOL', 'NORMAL', :today, 'Matrix: zorg', 'Matrixsignaal',
                                   'DEN_HAAG', o.id, 'OPEN', :today
                              from organisation o where o.name = 'Jongerencoaching Haaglanden'
                            """).param("id", id).param("today", today()).update();
            signal = id;
        }
        return signal;
    }

    /**
     * A routing rule of the region for each request (an allowed one deletes it). It routes Wassenaar to
     * Jongerencoaching Haaglanden, as the demo's catch-all does, so it changes no routing meanwhile.
     */
    UUID freshRoutingRule() {
        UUID id = fixtureId();
        jdbc.sql("""
                        insert into signal_routing_rule (id, region, municipality, organisation_id, priority)
                        select :id, 'Haaglanden', 'WASSENAAR', o.id, 999
                          from organisation o where o.name = 'Jongerencoaching Haaglanden'
                        """).param("id", id).update();
        routingRules.add(id);
        return id;
    }

    void cleanUpSignals() {
        if (!routingRules.isEmpty()) {
            jdbc.sql("delete from signal_routing_rule where id in (:ids)")
                    .param("ids", routingRules)
                    .update();
        }
        if (signal != null) {
            jdbc.sql("update signal set status = 'DECLINED', outcome_note = 'Matrix', closed_at = now() where id = :id")
                    .param("id", signal)
                    .update();
        }
    }

    /** An upcoming MDO of the Haaglanden region chaired by the demo coordinator, with RMC invited. */
    UUID meeting() {
        if (meeting == null) {
            UUID id = fixtureId();
            jdbc.sql("""
                            insert into meeting (id, region, meeting_date, chair_id, created_at)
                            select :id, 'Haaglanden', current_date + 7, a.id, :now from account a where a.username = 'coordinator'
                            """)
                    .param("id", id)
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
            jdbc.sql("""
                            insert into meeting_invitee (meeting_id, organisation_id)
                            select :id, o.id from organisation o where o.name = 'RMC Regio Haaglanden'
                            """).param("id", id).update();
            meeting = id;
        }
        return meeting;
    }

    private @org.jspecify.annotations.Nullable UUID listImport;

    /** A list import of the Haaglanden region by the demo coordinator, with one rejected row. */
    UUID listImport() {
        if (listImport == null) {
            UUID id = fixtureId();
            jdbc.sql("""
                            insert into signal_import (id, region, list_kind, file_name, file_sha256, file_size, encoding,
                                                       separator, header, imported_by, rows_accepted, rows_matched,
                                                       rows_rejected, rows_empty)
                            select :id, 'Haaglanden', 'EARLY_SCHOOL_LEAVERS', 'matrix.csv', 'x', 1, 'UTF-8', 'semicolon',
                                   '{achternaam}', a.id, 0, 0, 1, 0
                              from account a where a.username = 'coordinator'
                            """).param("id", id).update();
            jdbc.sql("""
                            insert into signal_import_row (import_id, line, outcome, raw, reasons)
                            values (:id, 2, 'REJECTED', '{Matrixrij}', '{"gemeente: dit veld is leeg"}')
                            """).param("id", id).update();
            listImport = id;
        }
        return listImport;
    }

    private @org.jspecify.annotations.Nullable UUID place;

    /** An open place of the demo employer's organisation (Installatiebedrijf Van Rijn), made on first use. */
    UUID place() {
        if (place == null) {
            UUID id = fixtureId();
            CurrentUser employer = user("employer");
            jdbc.sql("""
                            insert into place (id, organisation_id, region, kind, sector, title, description, postcode,
                                               municipality, latitude, longitude, hours_min, hours_max, capacity,
                                               created_by, updated_by)
                            values (:id, :org, 'Haaglanden', 'JOB', 'TECHNOLOGY', :title, 'Alleen voor de toegangstest.',
                                    '2641 AB', 'PIJNACKER_NOOTDORP', 52.02, 4.43, 24, 32, 1, :by, :by)
                            """)
                    .param("id", id)
                    .param("org", employer.organisationId())
                    .param("title", "Matrixplek " + run)
                    .param("by", employer.id())
                    .update();
            place = id;
        }
        return place;
    }

    /** A key person without canary, to be removed. */
    UUID freshKeyPerson(Variant variant) {
        UUID id = fixtureId();
        jdbc.sql("""
                        insert into key_person (id, youth_id, name, relation, joins_meetings, created_by, created_at)
                        values (:id, :youth, 'Wegwerp sleutelfiguur', 'OTHER', false, :by, :now)
                        """)
                .param("id", id)
                .param("youth", youths.get(variant).youthId())
                .param("by", youths.get(variant).trajectoryCoachId())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        return id;
    }

    /** An active covenant without parties, to be ended. */
    UUID freshCovenant() {
        UUID id = fixtureId();
        jdbc.sql(
                        "insert into covenant (id, name, start_date, end_date, purposes) values (:id, :name, :start, null, :p)")
                .param("id", id)
                .param("name", "Matrix wegwerpconvenant " + run)
                .param("start", today().minusDays(30))
                .param("p", "Alleen voor de toegangstest.")
                .update();
        return id;
    }

    /** An expired, unreviewed break-the-glass opening by coach3, to be marked reviewed. */
    UUID freshEmergencyOpening() {
        UUID id = fixtureId();
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        insert into emergency_access (id, account_id, youth_id, reason, started_at, expires_at)
                        values (:id, :account, :youth, :reason, :started, :expires)
                        """)
                .param("id", id)
                .param("account", user("coach3").id())
                .param("youth", youths.get(Variant.OWN_ORG).youthId())
                .param("reason", "Matrix: opening om te beoordelen.")
                .param("started", Timestamp.from(now.minus(Duration.ofHours(5))))
                .param("expires", Timestamp.from(now.minus(Duration.ofHours(1))))
                .update();
        return id;
    }

    // ---- construction ----

    private void createFreshOrganisationWithEndedCovenant() {
        freshOrganisation = fixtureId();
        jdbc.sql("""
                        insert into organisation (id, name, kind, region, municipality)
                        values (:id, :name, 'COACHING', 'Haaglanden', 'DELFT')
                        """)
                .param("id", freshOrganisation)
                .param("name", "Matrix Coaching " + run)
                .update();
        freshCoach = account("matrix.coach." + run, "Matrix Coach " + run, "COACH", freshOrganisation);
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "covenantForm");
        endedCovenant = covenants.create(
                user("admin"),
                new CovenantForm(
                        "Matrix: beëindigd convenant " + run,
                        today().minusYears(1).format(DUTCH),
                        today().minusDays(1).format(DUTCH),
                        "Alleen voor de toegangstest: eindigde gisteren.",
                        List.of(freshOrganisation, rmc),
                        List.of("RMC:BASIC", "RMC:TRAJECTORY")),
                errors);
        assertThat(errors.getAllErrors()).as("covenant for the matrix").isEmpty();
        assertThat(endedCovenant).isNotNull();
    }

    private void createThrowawayObjects() {
        throwawayOrganisation = fixtureId();
        jdbc.sql("""
                        insert into organisation (id, name, kind, region, municipality)
                        values (:id, :name, 'VOLUNTEER', 'Haaglanden', 'DELFT')
                        """)
                .param("id", throwawayOrganisation)
                .param("name", "Matrix Vrijwilligers " + run)
                .update();
        throwawayAccount =
                account("matrix.toggle." + run, "Matrix Wegwerpaccount " + run, "EMPLOYER", throwawayOrganisation);
    }

    private UUID account(String username, String displayName, String role, UUID organisationId) {
        UUID id = fixtureId();
        jdbc.sql("""
                        insert into account (id, username, display_name, password_hash, role, organisation_id)
                        values (:id, :username, :name, '{noop}not-for-login', :role, :org)
                        """)
                .param("id", id)
                .param("username", username)
                .param("name", displayName)
                .param("role", role)
                .param("org", organisationId)
                .update();
        return id;
    }

    private void youth(Variant variant, UUID organisationId, UUID coachId) {
        String bsnDigits = bsn();
        Bsn bsn = Bsn.parse(bsnDigits).orElseThrow();
        UUID youthId = fixtureId();
        UUID trajectoryId = fixtureId();
        UUID contactId = fixtureId();
        UUID keyPersonId = fixtureId();
        UUID erasureId = fixtureId();
        LocalDate birth = today().minusYears(19).minusDays(40 + variant.ordinal());
        Instant now = Instant.now(clock);
        int index = 10 + variant.ordinal();
        String given = canary(variant, Seen.BASIC, "given names", "Gn" + tag(variant));
        String preferred = canary(variant, Seen.BASIC, "preferred name", "Pn" + tag(variant));
        String family = canary(variant, Seen.BASIC, "family name", "Fn" + tag(variant));
        String postcode = canary(variant, Seen.CONTACT_DETAILS, "postcode", "99" + index + " ZQ");
        String phone = canary(variant, Seen.CONTACT_DETAILS, "phone", "06-99907" + (100 + index));
        String email = canary(variant, Seen.CONTACT_DETAILS, "e-mail", "kanarie." + tag(variant) + "@voorbeeld.test");
        canary(variant, Seen.BSN, "masked BSN", bsn.masked());
        String note = canary(variant, Seen.CONTACT_NOTES, "contact note", "Contactnotitie " + tag(variant));
        String reason = canary(variant, Seen.TRAJECTORY, "phase-change reason", "Fasereden " + tag(variant));
        String keyPerson = canary(variant, Seen.NETWORK, "key person name", "Sleutelfiguur " + tag(variant));

        jdbc.sql("""
                        insert into youth (id, organisation_id, given_names, family_name, preferred_name, date_of_birth,
                                           municipality, postcode, phone, email, bsn_encrypted, bsn_hash,
                                           education_status, start_qualification, created_at, created_by)
                        values (:id, :org, :given, :family, :preferred, :birth, 'DEN_HAAG', :postcode, :phone, :email,
                                :bsn, :hash, 'EARLY_SCHOOL_LEAVER', 'NO', :now, :by)
                        """)
                .param("id", youthId)
                .param("org", organisationId)
                .param("given", given)
                .param("family", family)
                .param("preferred", preferred)
                .param("birth", birth)
                .param("postcode", postcode)
                .param("phone", phone)
                .param("email", email)
                .param("bsn", bsnProtector.encrypt(bsn))
                .param("hash", bsnProtector.hash(bsn))
                .param("now", Timestamp.from(now.minus(Duration.ofDays(31))))
                .param("by", coachId)
                .update();
        jdbc.sql("""
                        insert into trajectory (id, youth_id, organisation_id, coach_id, programme_id, start_date, phase,
                                                phase_entered_at, last_contact_at)
                        values (:id, :youth, :org, :coach, :programme, :start, 'SCAN', :entered, :contact)
                        """)
                .param("id", trajectoryId)
                .param("youth", youthId)
                .param("org", organisationId)
                .param("coach", coachId)
                .param("programme", programme)
                .param("start", today().minusDays(30))
                .param("entered", Timestamp.from(now.minus(Duration.ofDays(10))))
                .param("contact", Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        phaseChange(trajectoryId, null, "SCOUT", "START", null, now.minus(Duration.ofDays(30)), coachId);
        phaseChange(trajectoryId, "SCOUT", "SCAN", "FORWARD", reason, now.minus(Duration.ofDays(10)), coachId);
        jdbc.sql("""
                        insert into contact (id, trajectory_id, occurred_at, channel, counterpart, reached,
                                             duration_minutes, note, author_id, created_at)
                        values (:id, :trajectory, :at, 'PHONE', 'YOUTH', true, 15, :note, :author, :now)
                        """)
                .param("id", contactId)
                .param("trajectory", trajectoryId)
                .param("at", Timestamp.from(now.minus(Duration.ofDays(1))))
                .param("note", note)
                .param("author", coachId)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        insert into key_person (id, youth_id, name, relation, joins_meetings, created_by, created_at)
                        values (:id, :youth, :name, 'MENTOR', true, :by, :now)
                        """)
                .param("id", keyPersonId)
                .param("youth", youthId)
                .param("name", keyPerson)
                .param("by", coachId)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        insert into erasure_request (id, youth_id, reason, requested_by, requested_at)
                        values (:id, :youth, 'Matrix: de jongere vroeg om verwijdering.', :by, :now)
                        """)
                .param("id", erasureId)
                .param("youth", youthId)
                .param("by", coachId)
                .param("now", Timestamp.from(now))
                .update();
        youths.put(
                variant,
                new Youth(
                        variant,
                        youthId,
                        organisationId,
                        trajectoryId,
                        coachId,
                        contactId,
                        keyPersonId,
                        erasureId,
                        family,
                        birth));
    }

    private void phaseChange(
            UUID trajectoryId, String from, String to, String kind, String reason, Instant at, UUID by) {
        jdbc.sql("""
                        insert into phase_change (id, trajectory_id, from_phase, to_phase, kind, reason, changed_at,
                                                  changed_by)
                        values (:id, :trajectory, :from, :to, :kind, :reason, :at, :by)
                        """)
                .param("id", fixtureId())
                .param("trajectory", trajectoryId)
                .param("from", from)
                .param("to", to)
                .param("kind", kind)
                .param("reason", reason)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    private void record(
            String recorder,
            Youth youth,
            UUID organisationId,
            List<String> categories,
            String basis,
            String decision,
            LocalDate givenOn,
            LocalDate validUntil,
            String statute,
            String guardianNote) {
        MapBindingResult errors = new MapBindingResult(new HashMap<>(), "consentForm");
        boolean saved = consents.record(
                user(recorder),
                youth.youthId(),
                new ConsentForm(
                        organisationId,
                        categories,
                        basis,
                        decision,
                        "CONSENT".equals(basis) ? "VERBAL" : null,
                        givenOn.format(DUTCH),
                        validUntil == null ? null : validUntil.format(DUTCH),
                        statute,
                        guardianNote),
                errors);
        assertThat(errors.getAllErrors())
                .as("consent for the %s youth", youth.variant().label)
                .isEmpty();
        assertThat(saved).isTrue();
    }

    private List<UUID> currentGranted(UUID youthId, UUID organisationId) {
        return jdbc.sql("""
                        select id from consent_record
                         where youth_id = :youth and organisation_id = :org and is_current and decision = 'GRANTED'
                           and withdrawn_at is null
                        """)
                .param("youth", youthId)
                .param("org", organisationId)
                .query(UUID.class)
                .list();
    }

    private String canary(Variant variant, Seen kind, String field, String value) {
        canaries.add(new Canary(variant, kind, field, value));
        return value;
    }

    private String canary(Variant variant, Seen kind, String field) {
        return canary(variant, kind, field, "Voogdnotitie " + tag(variant));
    }

    /** The run's letters plus one letter per variant, e.g. "kzvqaxc". */
    private String tag(Variant variant) {
        return run + "x" + (char) ('a' + variant.ordinal());
    }

    /** A valid BSN (elfproef) starting with 7 whose last four digits no other fixture youth has. */
    private String bsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int[] digits = new int[9];
            digits[0] = 7;
            int sum = 9 * 7;
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last == 10) {
                continue;
            }
            digits[8] = last;
            StringBuilder text = new StringBuilder();
            for (int digit : digits) {
                text.append(digit);
            }
            if (bsnSuffixes.add(text.substring(5))) {
                return text.toString();
            }
        }
    }

    private UUID organisation(String name) {
        return jdbc.sql("select id from organisation where name = :n")
                .param("n", name)
                .query(UUID.class)
                .single();
    }

    LocalDate today() {
        return DutchTime.today(clock);
    }

    /** A random id that sorts after every id of the demo region and of other tests. */
    static UUID fixtureId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(0xFFFFFFFF00000000L | (random.nextLong() & 0xFFFFFFFFL), random.nextLong());
    }
}
