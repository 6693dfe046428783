package nl.overstap.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo proposals and follow-up, at the demo employer's places made by
 * {@link DemoPlaces}: a proposal for a few youths in Match and a
 * started place with its check-ins for a few youths in Borg. Deterministic from the seed.
 */
final class DemoMatches {

    private static final String[] PERIODS = {"P1W", "P1M", "P3M", "P6M", "P12M"};

    private DemoMatches() {}

    static void create(
            JdbcTemplate jdbc, Random random, Map<String, UUID> orgs, Map<String, UUID> accounts, Instant now) {
        UUID employerOrg = orgs.get("mkb");
        UUID employer = accounts.get("employer");
        if (employerOrg == null || employer == null) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        // the demo account "coach" sees proposals and started places in their own caseload first
        UUID demoCoach = accounts.getOrDefault("coach", employer);
        // each start at a place of its own (capacity), proposals at the other places
        List<UUID> places = jdbc.queryForList(
                "select id from place where organisation_id = ? and open order by title", UUID.class, employerOrg);
        if (places.size() < 4) {
            return;
        }
        int proposals = 0;
        int starts = 0;
        LocalDate today = LocalDate.ofInstant(now, nl.overstap.shared.DutchTime.ZONE);
        List<Map<String, Object>> inMatch = jdbc.queryForList("""
                select t.id, t.youth_id, t.coach_id from trajectory t
                 where t.phase = 'MATCH' order by (t.coach_id = ?) desc, t.id limit 4
                """, demoCoach);
        for (Map<String, Object> t : inMatch) {
            UUID match = new UUID(random.nextLong(), random.nextLong());
            insertMatch(
                    jdbc,
                    match,
                    t,
                    places.get(3 + proposals++ % (places.size() - 3)),
                    employerOrg,
                    "PROPOSED",
                    null,
                    at);
            step(jdbc, random, match, null, "PROPOSED", "COACH", today.minusDays(3), (UUID) t.get("coach_id"), at);
        }
        List<Map<String, Object>> inBorg = jdbc.queryForList("""
                select t.id, t.youth_id, t.coach_id, t.phase_entered_at from trajectory t
                 where t.phase = 'BORG' order by (t.coach_id = ?) desc, t.id limit 3
                """, demoCoach);
        for (Map<String, Object> t : inBorg) {
            UUID match = new UUID(random.nextLong(), random.nextLong());
            LocalDate start = LocalDate.ofInstant(
                    ((Timestamp) t.get("phase_entered_at")).toInstant(), nl.overstap.shared.DutchTime.ZONE);
            insertMatch(jdbc, match, t, places.get(starts++), employerOrg, "STARTED", start, at);
            UUID coach = (UUID) t.get("coach_id");
            step(jdbc, random, match, null, "PROPOSED", "COACH", start.minusDays(21), coach, at);
            step(jdbc, random, match, "PROPOSED", "INTRODUCTION", "EMPLOYER", start.minusDays(14), employer, at);
            step(jdbc, random, match, "INTRODUCTION", "TRIAL", "COACH", start.minusDays(7), coach, at);
            step(jdbc, random, match, "TRIAL", "STARTED", "COACH", start, coach, at);
            jdbc.update("""
                    insert into followup_placement (match_id, youth_id, trajectory_id, organisation_id, place_kind, started_on,
                                                    created_at)
                    values (?, ?, ?, ?, 'JOB', ?, ?)
                    """, match, t.get("youth_id"), t.get("id"), employerOrg, start, at);
            for (String period : PERIODS) {
                LocalDate due = start.plus(Period.parse(period));
                for (String party : new String[] {"YOUTH", "EMPLOYER"}) {
                    boolean answered = due.isBefore(today.minusDays(2)) && random.nextInt(100) < 80;
                    jdbc.update(
                            """
                            insert into followup_checkin (id, match_id, youth_id, party, period, due_on, reminded_at,
                                                          answered_at, answered_by, still_there, going_well, concern)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                            new UUID(random.nextLong(), random.nextLong()),
                            match,
                            t.get("youth_id"),
                            party,
                            period,
                            due,
                            due.isAfter(today) ? null : at,
                            answered ? at : null,
                            answered ? ("EMPLOYER".equals(party) ? employer : coach) : null,
                            answered ? Boolean.TRUE : null,
                            answered ? Boolean.TRUE : null,
                            answered ? Boolean.FALSE : null);
                }
            }
        }
    }

    private static void insertMatch(
            JdbcTemplate jdbc,
            UUID id,
            Map<String, Object> trajectory,
            UUID place,
            UUID organisation,
            String status,
            LocalDate start,
            Timestamp at) {
        jdbc.update(
                """
                insert into match_proposal (id, youth_id, trajectory_id, place_id, organisation_id, status, hours_available,
                                            note, start_date, proposed_by, proposed_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 32, 'Gemotiveerd en handig; wil graag leren in de techniek.', ?, ?, ?, ?)
                """,
                id,
                trajectory.get("youth_id"),
                trajectory.get("id"),
                place,
                organisation,
                status,
                start,
                trajectory.get("coach_id"),
                at,
                at);
    }

    private static void step(
            JdbcTemplate jdbc,
            Random random,
            UUID match,
            String from,
            String to,
            String actor,
            LocalDate on,
            UUID by,
            Timestamp at) {
        jdbc.update("""
                insert into match_step (id, match_id, from_status, to_status, actor, occurred_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, new UUID(random.nextLong(), random.nextLong()), match, from, to, actor, on, by, at);
    }
}
