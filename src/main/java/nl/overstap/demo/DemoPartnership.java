package nl.overstap.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partnership part of the demo region: legal tasks and contact persons in the directory, one
 * active covenant, and consents (some withdrawn, some expired, some refused) and legal bases.
 */
final class DemoPartnership {

    private static final Map<String, String[]> LEGAL_TASKS = Map.of(
            "rmc", new String[] {"RMC_EARLY_SCHOOL_LEAVERS", "LEERPLICHTWET"},
            "uwv", new String[] {"WET_SUWI"},
            "jeugd", new String[] {"JEUGDWET"},
            "regie", new String[] {"PARTICIPATIEWET", "WMO", "JEUGDWET"},
            "schuld", new String[] {"WGS"},
            "mbo", new String[] {"WEB"});

    private static final Map<String, String> CONTACTS = Map.of(
            "rmc",
            "partner",
            "regie",
            "coordinator",
            "jch",
            "coach",
            "rld",
            "coach3",
            "mkb",
            "employer",
            "beheer",
            "admin");

    /** Per kind of organisation, what the covenant lets it receive (with the youth's consent). */
    private static final Map<String, String[]> SHARES = Map.ofEntries(
            Map.entry("RMC", new String[] {"BASIC", "CONTACT_DETAILS", "SITUATION", "TRAJECTORY"}),
            Map.entry("EDUCATION", new String[] {"BASIC", "CONTACT_DETAILS", "TRAJECTORY", "SCAN_WORK_INCOME", "PLAN"}),
            Map.entry("UWV", new String[] {"BASIC", "TRAJECTORY", "SCAN_WORK_INCOME", "PLAN"}),
            Map.entry("YOUTH_CARE", new String[] {
                "BASIC", "CONTACT_DETAILS", "SITUATION", "TRAJECTORY", "NETWORK", "SCAN_HEALTH", "SCAN_SOCIAL", "PLAN"
            }),
            Map.entry("MENTAL_HEALTH", new String[] {"BASIC", "TRAJECTORY", "SCAN_HEALTH", "NETWORK", "PLAN"}),
            Map.entry("DEBT_HELP", new String[] {"BASIC", "CONTACT_DETAILS", "SCAN_WORK_INCOME", "PLAN"}),
            Map.entry("HOUSING", new String[] {"BASIC", "SCAN_HOUSING", "PLAN"}),
            Map.entry(
                    "NEIGHBOURHOOD_TEAM", new String[] {"BASIC", "CONTACT_DETAILS", "NETWORK", "SCAN_SOCIAL", "PLAN"}),
            Map.entry("PROBATION", new String[] {"BASIC", "SCAN_JUSTICE", "PLAN"}),
            Map.entry("MUNICIPALITY", new String[] {"BASIC", "TRAJECTORY", "SCAN_WORK_INCOME", "SCAN_HOUSING", "PLAN"}),
            Map.entry("EMPLOYER", new String[] {"BASIC", "CONTACT_DETAILS"}));

    private DemoPartnership() {}

    static void directoryAndCovenant(
            JdbcTemplate jdbc, Random random, Map<String, UUID> orgs, Map<String, UUID> accounts, LocalDate today) {
        LEGAL_TASKS.forEach((org, tasks) -> jdbc.update(
                "update organisation set legal_tasks = cast(? as text[]), commitments = ? where id = ?",
                "{" + String.join(",", tasks) + "}",
                "Neemt binnen 5 werkdagen contact op na een verzoek van de coach en werkt mee aan het plan.",
                orgs.get(org)));
        CONTACTS.forEach((org, username) -> jdbc.update(
                "update organisation set contact_person_id = ? where id = ?", accounts.get(username), orgs.get(org)));
        UUID covenant = new UUID(random.nextLong(), random.nextLong());
        jdbc.update(
                "insert into covenant (id, name, start_date, end_date, purposes) values (?, ?, ?, null, ?)",
                covenant,
                "Samenwerkingsovereenkomst Jongeren Haaglanden",
                today.minusYears(1).withDayOfYear(1),
                "Samen zorgen dat jongeren van 16 tot 27 jaar een plek vinden in onderwijs of werk, en die houden.");
        List<Object[]> parties = new ArrayList<>();
        orgs.values().forEach(org -> parties.add(new Object[] {covenant, org}));
        jdbc.batchUpdate("insert into covenant_party (covenant_id, organisation_id) values (?, ?)", parties);
        List<Object[]> shares = new ArrayList<>();
        SHARES.forEach((kind, categories) -> {
            for (String category : categories) {
                shares.add(new Object[] {covenant, kind, category, "Begeleiding naar onderwijs of werk"});
            }
        });
        jdbc.batchUpdate(
                "insert into covenant_share (covenant_id, organisation_kind, data_category, purpose) values (?, ?, ?, ?)",
                shares);
    }

    /** Consent rows for one youth whose trajectory started on {@code started}. */
    static void consents(
            Random random,
            UUID youthId,
            LocalDate started,
            int ageNow,
            String education,
            Map<String, UUID> orgs,
            UUID coach,
            Instant now,
            List<Object[]> rows) {
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Amsterdam"));
        if ("EARLY_SCHOOL_LEAVER".equals(education) && ageNow < 23) {
            for (String category : new String[] {"BASIC", "SITUATION"}) {
                rows.add(row(
                        random,
                        youthId,
                        orgs.get("rmc"),
                        category,
                        1,
                        true,
                        "LEGAL_BASIS",
                        "GRANTED",
                        "RMC_EARLY_SCHOOL_LEAVERS",
                        started,
                        null,
                        null,
                        null,
                        null,
                        coach,
                        now));
            }
        }
        int roll = random.nextInt(100);
        if (roll < 30) {
            boolean withdrawn = random.nextInt(100) < 10;
            String[] categories = random.nextBoolean()
                    ? new String[] {"BASIC", "TRAJECTORY", "CONTACT_DETAILS"}
                    : new String[] {"BASIC", "TRAJECTORY"};
            for (String category : categories) {
                if ("BASIC".equals(category) && "EARLY_SCHOOL_LEAVER".equals(education) && ageNow < 23) {
                    continue; // already on the statute
                }
                LocalDate given = started.plusDays(random.nextInt(10));
                if (given.isAfter(today)) {
                    given = today;
                }
                rows.add(row(
                        random,
                        youthId,
                        orgs.get("rmc"),
                        category,
                        1,
                        !withdrawn,
                        "CONSENT",
                        "GRANTED",
                        null,
                        given,
                        "WRITTEN",
                        given.plusYears(1),
                        null,
                        null,
                        coach,
                        now));
                if (withdrawn) {
                    rows.add(row(
                            random,
                            youthId,
                            orgs.get("rmc"),
                            category,
                            2,
                            true,
                            "CONSENT",
                            "GRANTED",
                            null,
                            given,
                            "WRITTEN",
                            given.plusYears(1),
                            null,
                            now,
                            coach,
                            now));
                }
            }
        } else if (roll < 35) {
            rows.add(row(
                    random,
                    youthId,
                    orgs.get("rmc"),
                    "CONTACT_DETAILS",
                    1,
                    true,
                    "CONSENT",
                    "REFUSED",
                    null,
                    started,
                    "VERBAL",
                    started.plusYears(1),
                    null,
                    null,
                    coach,
                    now));
        }
        if (random.nextInt(100) < 12) {
            for (String category : new String[] {"BASIC", "SCAN_HEALTH"}) {
                rows.add(row(
                        random,
                        youthId,
                        orgs.get("ggz"),
                        category,
                        1,
                        true,
                        "CONSENT",
                        "GRANTED",
                        null,
                        started,
                        "VERBAL",
                        started.plusYears(1),
                        ageNow < 18 ? "Moeder was bij het gesprek." : null,
                        null,
                        coach,
                        now));
            }
        }
        if (random.nextInt(100) < 10) {
            for (String category : new String[] {"BASIC", "CONTACT_DETAILS", "SCAN_WORK_INCOME"}) {
                rows.add(row(
                        random,
                        youthId,
                        orgs.get("schuld"),
                        category,
                        1,
                        true,
                        "CONSENT",
                        "GRANTED",
                        null,
                        started,
                        "DIGITAL",
                        started.plusYears(1),
                        null,
                        null,
                        coach,
                        now));
            }
        }
    }

    private static final String[][] KEY_PEOPLE = {
        {"PARENT", "Moeder"},
        {"PARENT", "Vader"},
        {"MENTOR", "Mentor"},
        {"TEACHER", "Docent"},
        {"OTHER_FAMILY", "Tante"},
        {"FRIEND", "Vriend"},
        {"PROFESSIONAL", "Jeugdhulpverlener"}
    };

    /** One or two people around the youth, for about 40% of youths. */
    static void keyPeople(
            Random random, UUID youthId, String familyName, UUID coach, Instant now, List<Object[]> rows) {
        if (random.nextInt(100) >= 40) {
            return;
        }
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
            String[] person = KEY_PEOPLE[random.nextInt(KEY_PEOPLE.length)];
            boolean family = "PARENT".equals(person[0]) || "OTHER_FAMILY".equals(person[0]);
            String name = person[1] + " "
                    + (family ? familyName : DemoNames.FAMILY.get(random.nextInt(DemoNames.FAMILY.size())));
            rows.add(new Object[] {
                new UUID(random.nextLong(), random.nextLong()),
                youthId,
                name,
                person[0],
                "06" + (10000000 + random.nextInt(89999999)),
                null,
                random.nextBoolean(),
                null,
                coach,
                Timestamp.from(now)
            });
        }
    }

    static void flushKeyPeople(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into key_person (id, youth_id, name, relation, phone, email, joins_meetings, note, created_by,
                                        created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        rows.clear();
    }

    private static Object[] row(
            Random random,
            UUID youthId,
            UUID org,
            String category,
            int version,
            boolean current,
            String basis,
            String decision,
            String statute,
            LocalDate givenOn,
            String method,
            LocalDate validUntil,
            String note,
            Instant withdrawnAt,
            UUID coach,
            Instant now) {
        return new Object[] {
            new UUID(random.nextLong(), random.nextLong()),
            youthId,
            org,
            category,
            version,
            current,
            basis,
            decision,
            statute,
            givenOn,
            method,
            validUntil,
            note,
            withdrawnAt == null ? null : Timestamp.from(withdrawnAt),
            coach,
            Timestamp.from(now)
        };
    }

    static void flush(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into consent_record (id, youth_id, organisation_id, data_category, version, is_current, basis,
                                            decision, statute, given_on, given_how, valid_until, guardian_note,
                                            withdrawn_at, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        rows.clear();
    }
}
