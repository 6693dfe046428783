package nl.overstap.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.WorkingDays;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Routing rules for Haaglanden (Delft and Midden-Delfland to Rode Loper Delft, everything else to
 * Jongerencoaching Haaglanden) and about 25 signals in every status and from every source: some
 * overdue, one without an owner, some with outreach attempts. Deterministic from the seed.
 */
final class DemoSignals {

    private static final ZoneId ZONE = nl.overstap.shared.DutchTime.ZONE;
    private static final String[] SOURCES = {
        "RMC_DUO",
        "YOUTH_CARE_18",
        "SCHOOL",
        "POLICE_JUSTICE",
        "UWV",
        "MUNICIPALITY",
        "NEIGHBOURHOOD_TEAM",
        "SELF_REFERRAL",
        "OTHER"
    };
    private static final String[] REASONS = {
        "Staat sinds de zomer niet meer ingeschreven bij een opleiding.",
        "Wordt binnenkort 18 en de jeugdhulp stopt; nog geen plan voor daarna.",
        "Veel verzuim, mentor maakt zich zorgen over thuissituatie.",
        "Contact met wijkagent na overlast; zoekt werk maar weet niet hoe.",
        "Uitkering gestopt, geen werk of opleiding in beeld.",
        "Kwam bij het loket voor een uitkering, geen startkwalificatie.",
        "Broertje in begeleiding; oudere zus zit thuis zonder dagbesteding."
    };

    private DemoSignals() {}

    /** One planned signal: how long ago, status, municipality; the rest is drawn from the seed. */
    private record Plan(int daysAgo, String status, Municipality municipality, boolean owned, int attempts) {}

    private static final List<Plan> PLANS = List.of(
            new Plan(1, "OPEN", Municipality.DEN_HAAG, true, 0),
            new Plan(2, "OPEN", Municipality.DELFT, true, 0),
            new Plan(3, "OPEN", Municipality.ZOETERMEER, true, 1),
            new Plan(4, "OPEN", Municipality.RIJSWIJK, true, 0),
            new Plan(6, "OPEN", Municipality.WESTLAND, true, 2),
            new Plan(9, "OPEN", Municipality.DEN_HAAG, true, 1),
            new Plan(11, "OPEN", Municipality.MIDDEN_DELFLAND, true, 0),
            new Plan(12, "OPEN", Municipality.LEIDSCHENDAM_VOORBURG, true, 3),
            new Plan(15, "OPEN", Municipality.DEN_HAAG, true, 0),
            new Plan(20, "OPEN", Municipality.PIJNACKER_NOOTDORP, true, 2),
            new Plan(5, "OPEN", Municipality.WASSENAAR, false, 0),
            new Plan(1, "OPEN", Municipality.DELFT, true, 0),
            new Plan(2, "OPEN", Municipality.DEN_HAAG, true, 0),
            new Plan(30, "CONTACT_MADE", Municipality.DEN_HAAG, true, 1),
            new Plan(25, "CONTACT_MADE", Municipality.DELFT, true, 2),
            new Plan(40, "LINKED", Municipality.ZOETERMEER, true, 0),
            new Plan(35, "LINKED", Municipality.DEN_HAAG, true, 0),
            new Plan(28, "REFERRED", Municipality.RIJSWIJK, true, 1),
            new Plan(22, "REFERRED", Municipality.WESTLAND, true, 0),
            new Plan(45, "NOT_REACHABLE", Municipality.DEN_HAAG, true, 3),
            new Plan(50, "NOT_REACHABLE", Municipality.DELFT, true, 4),
            new Plan(18, "DECLINED", Municipality.LEIDSCHENDAM_VOORBURG, true, 1),
            new Plan(16, "OUTSIDE_TARGET_GROUP", Municipality.DEN_HAAG, true, 0),
            new Plan(33, "OUTSIDE_TARGET_GROUP", Municipality.ZOETERMEER, true, 0),
            new Plan(8, "OPEN", Municipality.DEN_HAAG, true, 0));

    static int create(
            JdbcTemplate jdbc, Random random, Map<String, UUID> orgs, Map<String, UUID> named, LocalDate today) {
        UUID jch = orgs.get("jch");
        UUID rld = orgs.get("rld");
        String region = DemoRegion.REGION;
        jdbc.update(
                "insert into signal_routing_rule (id, region, municipality, organisation_id, priority) values (?, ?, ?, ?, ?)",
                uuid(random),
                region,
                "DELFT",
                rld,
                10);
        jdbc.update(
                "insert into signal_routing_rule (id, region, municipality, organisation_id, priority) values (?, ?, ?, ?, ?)",
                uuid(random),
                region,
                "MIDDEN_DELFLAND",
                rld,
                10);
        jdbc.update(
                "insert into signal_routing_rule (id, region, organisation_id, priority) values (?, ?, ?, ?)",
                uuid(random),
                region,
                jch,
                100);
        List<UUID[]> jchTrajectories = trajectories(jdbc, jch);
        List<UUID[]> rldTrajectories = trajectories(jdbc, rld);
        String[] reporters = {"rmc", "mbo", "jeugd", "uwv", "wijk", "reclas", "regie"};
        int count = 0;
        int linkedJch = 0;
        int linkedRld = 0;
        for (Plan plan : PLANS) {
            UUID id = uuid(random);
            LocalDate on = today.minusDays(plan.daysAgo());
            String source = SOURCES[count % SOURCES.length];
            String urgency = count % 7 == 0 ? "URGENT" : count % 4 == 0 ? "HIGH" : "NORMAL";
            int days = "URGENT".equals(urgency) ? 1 : "HIGH".equals(urgency) ? 2 : 5;
            boolean delft =
                    plan.municipality() == Municipality.DELFT || plan.municipality() == Municipality.MIDDEN_DELFLAND;
            UUID owner = plan.owned() ? (delft ? rld : jch) : null;
            String reporterOrg = reporters[count % reporters.length];
            UUID reporterAccount = "rmc".equals(reporterOrg) ? named.get("partner") : null;
            @Nullable UUID youth = null;
            @Nullable UUID trajectory = null;
            if ("CONTACT_MADE".equals(plan.status()) || "LINKED".equals(plan.status())) {
                List<UUID[]> pool = delft ? rldTrajectories : jchTrajectories;
                int index = delft ? linkedRld++ : linkedJch++;
                if (index < pool.size()) {
                    youth = pool.get(index)[0];
                    trajectory = pool.get(index)[1];
                }
            }
            boolean closed = !"OPEN".equals(plan.status());
            String given = pick(random, DemoNames.GIVEN);
            String family = pick(random, DemoNames.FAMILY);
            jdbc.update(
                    """
                    insert into signal (id, region, source, urgency, signalled_on, reason, reporting_organisation_id,
                                        reporter_account_id, reporter_name, given_names, family_name, date_of_birth,
                                        municipality, postcode, house_number, assigned_organisation_id, status,
                                        first_contact_due, youth_id, trajectory_id, referred_to_organisation_id,
                                        outcome_note, closed_at, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    id,
                    region,
                    source,
                    urgency,
                    on,
                    REASONS[count % REASONS.length],
                    orgs.get(reporterOrg),
                    reporterAccount,
                    reporterAccount == null ? null : "Anita Partner",
                    given,
                    family,
                    today.minusYears(16 + random.nextInt(11)).minusDays(random.nextInt(360)),
                    plan.municipality().name(),
                    (2490 + random.nextInt(300)) + " " + (char) ('A' + random.nextInt(20))
                            + (char) ('A' + random.nextInt(20)),
                    String.valueOf(1 + random.nextInt(180)),
                    owner,
                    plan.status(),
                    WorkingDays.plus(on, days),
                    youth,
                    trajectory,
                    "REFERRED".equals(plan.status()) ? orgs.get(count % 2 == 0 ? "ggz" : "schuld") : null,
                    closed && !"CONTACT_MADE".equals(plan.status()) && !"LINKED".equals(plan.status())
                            ? REASONS[(count + 3) % REASONS.length]
                            : null,
                    closed ? Timestamp.from(on.plusDays(3).atStartOfDay(ZONE).toInstant()) : null,
                    Timestamp.from(on.atTime(9, 0).atZone(ZONE).toInstant()));
            UUID coach = delft ? named.get("coach3") : named.get("coach");
            String[] kinds = {"PHONE", "HOME_VISIT", "LETTER", "SOCIAL_MEDIA", "EMAIL"};
            for (int a = 0; a < plan.attempts(); a++) {
                jdbc.update(
                        """
                        insert into outreach_attempt (id, signal_id, kind, attempted_on, reached, note, created_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """,
                        uuid(random),
                        id,
                        kinds[a % kinds.length],
                        on.plusDays(a + 1L),
                        false,
                        a == 0 ? "Geen gehoor, voicemail ingesproken." : null,
                        coach);
            }
            count++;
        }
        return count;
    }

    private static List<UUID[]> trajectories(JdbcTemplate jdbc, UUID organisation) {
        List<UUID[]> rows = new ArrayList<>();
        jdbc.query(
                "select youth_id, id from trajectory where organisation_id = ? and phase <> 'CLOSED' order by id limit 4",
                rs -> {
                    rows.add(new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)});
                },
                organisation);
        return rows;
    }

    private static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
