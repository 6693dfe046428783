package nl.overstap.results;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.overstap.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh region of its own, with known figures, so results tests never depend on the demo region
 * or on what other test classes add to the shared database. All starts are in February 2025.
 *
 * <ul>
 *   <li>25 trajectories start on 10 February 2025 (Den Haag, Rode loper): 8 closed with WORK, 6 with
 *       EDUCATION, 2 with NONE (one of them had a place), 4 open in Borg with a place, 5 open in Scout.
 *       So 19 of 25 reached education or work.
 *   <li>5 places start on 10 March 2025 (4 weeks after the start); one ends on 20 April 2025.
 *   <li>Satisfaction on 6 closed trajectories: scores 8, 7, 9, 6, 10, 8; 5 of 6 would recommend.
 *   <li>Signals in February 2025: 6 from RMC_DUO, 2 from SCHOOL.
 *   <li>5 youths with two contacts in February 2025: Tuesday 10:00 and Saturday 11:00.
 *   <li>5 youths with a first scan (finances 2) on 12 February 2025 and a second (finances 4) 91 days later.
 *   <li>6 partner actions due 1 March 2025: 5 done on 20 February, 1 still open.
 * </ul>
 */
final class ResultsRegion {

    static final UUID RODE_LOPER = UUID.fromString("0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a01");
    static final LocalDate START = LocalDate.of(2025, 2, 10);

    final String region;
    final String suffix;
    final UUID coaching;
    final UUID partner;
    final UUID coach;
    final String analyst;
    final String coordinator;
    final List<UUID> workYouths = new ArrayList<>();
    final List<String> workNames = new ArrayList<>();

    private final JdbcClient jdbc;
    private final UUID place;

    ResultsRegion(JdbcClient jdbc) {
        this.jdbc = jdbc;
        suffix = UUID.randomUUID().toString().substring(0, 8);
        region = "Resultaatregio " + suffix;
        coaching = organisation("Coaching " + suffix, "COACHING", region);
        partner = organisation("Partner " + suffix, "MUNICIPALITY", region);
        coach = account("rt-coach-" + suffix, "COACH", coaching);
        analyst = "rt-analyst-" + suffix;
        account(analyst, "ANALYST", coaching);
        coordinator = "rt-coord-" + suffix;
        account(coordinator, "COORDINATOR", coaching);
        place = UUID.randomUUID();
        jdbc.sql("""
                        insert into place (id, organisation_id, region, kind, sector, title, description, municipality,
                                           hours_min, hours_max, capacity, created_by)
                        values (:id, :org, :region, 'JOB', 'CARE', 'Plek', 'Plek', 'DEN_HAAG', 10, 20, 30, :by)
                        """)
                .param("id", place)
                .param("org", partner)
                .param("region", region)
                .param("by", coach)
                .update();
        build();
    }

    /** A national analyst (region NL) of its own. */
    String nationalAnalyst() {
        UUID org = organisation("Landelijk " + suffix, "MUNICIPALITY", "NL");
        String username = "rt-national-" + suffix;
        account(username, "ANALYST", org);
        return username;
    }

    private void build() {
        List<UUID> closedWithScore = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            UUID youth = youth(i);
            String phase;
            String outcome = null;
            if (i < 8) {
                phase = "CLOSED";
                outcome = "WORK";
            } else if (i < 14) {
                phase = "CLOSED";
                outcome = "EDUCATION";
            } else if (i < 16) {
                phase = "CLOSED";
                outcome = "NONE";
            } else if (i < 20) {
                phase = "BORG";
            } else {
                phase = "SCOUT";
            }
            UUID trajectory = trajectory(youth, phase, outcome);
            if (i < 14 || (i >= 16 && i < 20)) {
                phaseChange(trajectory, "BORG");
            }
            if (i == 15 || (i >= 16 && i < 20)) {
                placement(youth, trajectory, i == 15 ? LocalDate.of(2025, 4, 20) : null);
            }
            if (i < 8) {
                workYouths.add(youth);
                workNames.add("Resultaat" + i + suffix);
            }
            if (i >= 2 && i < 8) {
                closedWithScore.add(trajectory);
            }
            if (i >= 20) {
                contact(trajectory, LocalDateTime.of(2025, 2, 11, 10, 0));
                contact(trajectory, LocalDateTime.of(2025, 2, 15, 11, 0));
                scan(youth, LocalDate.of(2025, 2, 12), 2);
                scan(youth, LocalDate.of(2025, 5, 14), 4);
            }
            if (i >= 19) {
                action(youth, i == 19 ? "OPEN" : "DONE");
            }
        }
        int[] scores = {8, 7, 9, 6, 10, 8};
        for (int i = 0; i < closedWithScore.size(); i++) {
            jdbc.sql("update trajectory set satisfaction_score = :s, would_recommend = :r where id = :id")
                    .param("s", scores[i])
                    .param("r", i != 3)
                    .param("id", closedWithScore.get(i))
                    .update();
        }
        for (int i = 0; i < 8; i++) {
            signal(i < 6 ? "RMC_DUO" : "SCHOOL");
        }
    }

    private UUID organisation(String name, String kind, String inRegion) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into organisation (id, name, kind, region, municipality) values (:id, :name, :kind, :region, 'DEN_HAAG')")
                .param("id", id)
                .param("name", name)
                .param("kind", kind)
                .param("region", inRegion)
                .update();
        return id;
    }

    private UUID account(String username, String role, UUID organisation) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into account (id, username, display_name, password_hash, role, organisation_id)
                        values (:id, :username, :name, '{noop}not-used', :role, :org)
                        """)
                .param("id", id)
                .param("username", username)
                .param("name", "Test " + username)
                .param("role", role)
                .param("org", organisation)
                .update();
        return id;
    }

    private UUID youth(int i) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into youth (id, organisation_id, given_names, family_name, date_of_birth, municipality,
                                           education_status, start_qualification, created_by)
                        values (:id, :org, 'Test', :family, date '2006-05-01', 'DEN_HAAG', 'EARLY_SCHOOL_LEAVER', 'NO', :by)
                        """)
                .param("id", id)
                .param("org", coaching)
                .param("family", "Resultaat" + i + suffix)
                .param("by", coach)
                .update();
        return id;
    }

    private UUID trajectory(UUID youth, String phase, @Nullable String outcome) {
        UUID id = UUID.randomUUID();
        boolean closed = phase.equals("CLOSED");
        jdbc.sql("""
                        insert into trajectory (id, youth_id, organisation_id, coach_id, programme_id, start_date, phase,
                                                phase_entered_at, outcome, end_reason, closed_at)
                        values (:id, :youth, :org, :coach, :programme, :start, :phase, :entered, :outcome, :endReason, :closedAt)
                        """)
                .param("id", id)
                .param("youth", youth)
                .param("org", coaching)
                .param("coach", coach)
                .param("programme", RODE_LOPER)
                .param("start", START)
                .param("phase", phase)
                .param("entered", at(LocalDateTime.of(2025, 2, 10, 9, 0)))
                .param("outcome", outcome)
                .param("endReason", closed ? "GOAL_REACHED" : null)
                .param("closedAt", closed ? at(LocalDateTime.of(2025, 3, 15, 12, 0)) : null)
                .update();
        jdbc.sql("""
                        insert into phase_change (id, trajectory_id, from_phase, to_phase, kind, changed_at, changed_by)
                        values (:id, :t, null, 'SCOUT', 'START', :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("t", id)
                .param("at", at(LocalDateTime.of(2025, 2, 10, 9, 0)))
                .param("by", coach)
                .update();
        return id;
    }

    private void phaseChange(UUID trajectory, String to) {
        jdbc.sql("""
                        insert into phase_change (id, trajectory_id, from_phase, to_phase, kind, changed_at, changed_by)
                        values (:id, :t, 'MATCH', :to, 'FORWARD', :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("t", trajectory)
                .param("to", to)
                .param("at", at(LocalDateTime.of(2025, 3, 10, 9, 0)))
                .param("by", coach)
                .update();
    }

    private void placement(UUID youth, UUID trajectory, @Nullable LocalDate endedOn) {
        UUID match = UUID.randomUUID();
        jdbc.sql("""
                        insert into match_proposal (id, youth_id, trajectory_id, place_id, organisation_id, status, start_date,
                                                    proposed_by, proposed_at, updated_at)
                        values (:id, :youth, :t, :place, :org, 'STARTED', date '2025-03-10', :by, :at, :at)
                        """)
                .param("id", match)
                .param("youth", youth)
                .param("t", trajectory)
                .param("place", place)
                .param("org", partner)
                .param("by", coach)
                .param("at", at(LocalDateTime.of(2025, 3, 1, 9, 0)))
                .update();
        jdbc.sql("""
                        insert into followup_placement (match_id, youth_id, trajectory_id, organisation_id, place_kind,
                                                        started_on, ended_on, end_reason, created_at)
                        values (:m, :youth, :t, :org, 'JOB', date '2025-03-10', :ended, :reason, :at)
                        """)
                .param("m", match)
                .param("youth", youth)
                .param("t", trajectory)
                .param("org", partner)
                .param("ended", endedOn)
                .param("reason", endedOn == null ? null : "Gestopt")
                .param("at", at(LocalDateTime.of(2025, 3, 10, 9, 0)))
                .update();
    }

    private void contact(UUID trajectory, LocalDateTime local) {
        jdbc.sql("""
                        insert into contact (id, trajectory_id, occurred_at, channel, counterpart, author_id, created_at)
                        values (:id, :t, :at, 'PHONE', 'YOUTH', :by, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("t", trajectory)
                .param("at", at(local))
                .param("by", coach)
                .update();
    }

    private void scan(UUID youth, LocalDate date, int finances) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into scan (id, youth_id, scan_date, participants, created_by, created_at)
                        values (:id, :youth, :date, '{YOUTH}', :by, :at)
                        """)
                .param("id", id)
                .param("youth", youth)
                .param("date", date)
                .param("by", coach)
                .param("at", at(date.atTime(10, 0)))
                .update();
        jdbc.sql("insert into scan_score (scan_id, domain, score) values (:id, 'FINANCES', :score)")
                .param("id", id)
                .param("score", finances)
                .update();
    }

    private void action(UUID youth, String status) {
        UUID goal = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_goal (id, youth_id, domain, text, target_date, status, created_by, created_at)
                        values (:id, :youth, 'FINANCES', 'Doel', date '2025-06-01', 'OPEN', :by, :at)
                        """)
                .param("id", goal)
                .param("youth", youth)
                .param("by", coach)
                .param("at", at(LocalDateTime.of(2025, 2, 12, 10, 0)))
                .update();
        jdbc.sql("""
                        insert into plan_action (id, goal_id, youth_id, description, owner_type, owner_organisation_id,
                                                 due_date, status, created_by, created_at, updated_at)
                        values (:id, :goal, :youth, 'Actie', 'PARTNER', :partner, date '2025-03-01', :status, :by, :at,
                                :updated)
                        """)
                .param("id", UUID.randomUUID())
                .param("goal", goal)
                .param("youth", youth)
                .param("partner", partner)
                .param("status", status)
                .param("by", coach)
                .param("at", at(LocalDateTime.of(2025, 2, 12, 10, 0)))
                .param("updated", status.equals("DONE") ? at(LocalDateTime.of(2025, 2, 20, 10, 0)) : null)
                .update();
    }

    private void signal(String source) {
        jdbc.sql("""
                        insert into signal (id, region, source, urgency, signalled_on, municipality, status,
                                            first_contact_due, assigned_organisation_id)
                        values (:id, :region, :source, 'NORMAL', date '2025-02-05', 'DEN_HAAG', 'OPEN', date '2025-02-12', :org)
                        """)
                .param("id", UUID.randomUUID())
                .param("region", region)
                .param("source", source)
                .param("org", coaching)
                .update();
    }

    private static Timestamp at(LocalDateTime local) {
        return Timestamp.from(local.atZone(DutchTime.ZONE).toInstant());
    }
}
