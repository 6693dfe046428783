package nl.overstap.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.Role;
import nl.overstap.youth.Bsn;
import nl.overstap.youth.BsnProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates the demo region deterministically from a seed: the same seed and size give the same
 * people, phases and contacts (dates are relative to today). Everything goes in one transaction, so
 * an interrupted run leaves an empty database that is generated again on the next start.
 */
@Component
class DemoDataGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataGenerator.class);
    private static final ZoneId ZONE = nl.overstap.shared.DutchTime.ZONE;
    private static final int BATCH = 2_000;
    private static final String[] PROGRAMMES = {
        "0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a01", "0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a02",
        "0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a03", "0b6a1c6e-4d1f-4a53-9a51-2f7f0c3c1a04"
    };
    private static final String[] CHANNELS = {
        "FACE_TO_FACE", "FACE_TO_FACE", "PHONE", "PHONE", "CHAT", "HOME_VISIT", "VIDEO", "EMAIL"
    };
    private static final String[] EDUCATION = {"IN_EDUCATION", "EARLY_SCHOOL_LEAVER", "COMPLETED", "UNKNOWN"};
    private static final String[] QUALIFICATION = {"YES", "NO", "NO", "UNKNOWN"};
    private static final String[] OUTCOMES = {
        "EDUCATION", "WORK", "WORK", "EDUCATION_AND_WORK", "SUPPORTED_WORK", "DAY_ACTIVITIES", "NONE"
    };

    private final JdbcTemplate jdbc;
    private final BsnProtector bsnProtector;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataGenerator(JdbcTemplate jdbc, BsnProtector bsnProtector, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.bsnProtector = bsnProtector;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** What was generated. */
    record Summary(int organisations, int accounts, int youths, int trajectories, int phaseChanges, int contacts) {}

    @Transactional
    public Summary generate(int youthCount, long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        Instant now = Instant.now(clock);
        Map<String, UUID> orgs = organisations(random);
        Map<String, List<UUID>> coaches = new HashMap<>();
        Map<String, UUID> named = new HashMap<>();
        int accounts = accounts(random, orgs, coaches, named, youthCount);
        DemoPartnership.directoryAndCovenant(jdbc, random, orgs, named, LocalDate.ofInstant(now, ZONE));
        Batches batches = new Batches(orgs);
        Set<String> usedBsns = new HashSet<>();
        UUID creator = coaches.get("jch").get(0);
        for (int i = 0; i < youthCount; i++) {
            boolean delft = random.nextInt(100) < 30;
            String orgKey = delft ? "rld" : "jch";
            UUID coach = assignCoach(random, coaches.get(orgKey), delft ? 1 : 2, youthCount * (delft ? 3 : 7) / 10);
            youth(random, now, orgs.get(orgKey), coach, delft, usedBsns, creator, batches);
        }
        batches.flush(jdbc);
        DemoScans.create(jdbc);
        DemoPlaces.places(jdbc, seed, orgs, named, LocalDate.ofInstant(now, ZONE));
        DemoSignals.create(jdbc, random, orgs, named, LocalDate.ofInstant(now, ZONE));
        DemoMatches.create(jdbc, random, orgs, named, now);
        DemoDuplicates.add(jdbc, random);
        DemoResearch.create(jdbc, seed, orgs, passwordEncoder.encode(DemoRegion.PASSWORD));
        Summary summary = new Summary(
                orgs.size(), accounts, youthCount, batches.trajectories, batches.phaseChanges, batches.contacts);
        LOG.info(
                "Demo region generated in {} ms: {}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                summary);
        return summary;
    }

    /**
     * The named demo coaches (coach, coach2; coach3) get a realistic caseload of about 16 youths
     * each; the generated coaches share the rest.
     */
    private static UUID assignCoach(Random random, List<UUID> orgCoaches, int named, int expectedYouths) {
        double share = Math.min(0.5, 16.0 * named / Math.max(1, expectedYouths));
        if (random.nextDouble() < share || orgCoaches.size() == named) {
            return orgCoaches.get(random.nextInt(named));
        }
        return orgCoaches.get(named + random.nextInt(orgCoaches.size() - named));
    }

    private Map<String, UUID> organisations(Random random) {
        Map<String, UUID> ids = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (DemoRegion.Org org : DemoRegion.ORGANISATIONS) {
            UUID id = uuid(random);
            ids.put(org.key(), id);
            rows.add(new Object[] {
                id,
                org.name(),
                org.kind().name(),
                DemoRegion.REGION,
                org.municipality() == null ? null : org.municipality().name()
            });
        }
        jdbc.batchUpdate(
                "insert into organisation (id, name, kind, region, municipality) values (?, ?, ?, ?, ?)", rows);
        return ids;
    }

    private int accounts(
            Random random,
            Map<String, UUID> orgs,
            Map<String, List<UUID>> coaches,
            Map<String, UUID> named,
            int youthCount) {
        String hash = passwordEncoder.encode(DemoRegion.PASSWORD);
        List<Object[]> rows = new ArrayList<>();
        coaches.put("jch", new ArrayList<>());
        coaches.put("rld", new ArrayList<>());
        for (DemoRegion.DemoAccount account : DemoRegion.ACCOUNTS) {
            UUID id = uuid(random);
            rows.add(new Object[] {
                id,
                account.username(),
                account.displayName(),
                hash,
                account.role().name(),
                orgs.get(account.orgKey())
            });
            named.put(account.username(), id);
            if (account.role() == Role.COACH) {
                coaches.get(account.orgKey()).add(id);
            }
        }
        // About one coach per 15 youths, 70% at the Haaglanden organisation; at least two extra per organisation.
        int extra = Math.max(4, youthCount / 15);
        int delft = Math.max(2, extra * 3 / 10);
        for (int i = 0; i < extra; i++) {
            String orgKey = i < delft ? "rld" : "jch";
            UUID id = uuid(random);
            String name = pick(random, DemoNames.GIVEN) + " " + pick(random, DemoNames.FAMILY);
            rows.add(new Object[] {id, "coach." + (i + 4), name, hash, Role.COACH.name(), orgs.get(orgKey)});
            coaches.get(orgKey).add(id);
        }
        jdbc.batchUpdate(
                "insert into account (id, username, display_name, password_hash, role, organisation_id)"
                        + " values (?, ?, ?, ?, ?, ?)",
                rows);
        return rows.size();
    }

    private void youth(
            Random random,
            Instant now,
            UUID orgId,
            UUID coach,
            boolean delft,
            Set<String> usedBsns,
            UUID creator,
            Batches batches) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        int roll = random.nextInt(100);
        int targetStep = roll < 20 ? 0 : roll < 40 ? 1 : roll < 65 ? 2 : roll < 80 ? 3 : 4; // 4 = closed
        // the further along, the longer ago the trajectory started
        int[][] startWindow = {{3, 60}, {30, 150}, {60, 300}, {120, 400}, {150, 420}};
        int daysAgoStarted =
                startWindow[targetStep][0] + random.nextInt(startWindow[targetStep][1] - startWindow[targetStep][0]);
        LocalDate started = today.minusDays(daysAgoStarted);
        LocalDate registered = started.minusDays(random.nextInt(10));
        int ageAtRegistration = 16 + random.nextInt(12);
        LocalDate birth = registered.minusYears(ageAtRegistration).minusDays(random.nextInt(360));
        UUID youthId = uuid(random);
        String given = pick(random, DemoNames.GIVEN);
        String family = pick(random, DemoNames.FAMILY);
        Municipality municipality = delft
                ? (random.nextBoolean() ? Municipality.DELFT : Municipality.MIDDEN_DELFLAND)
                : Municipality.values()[random.nextInt(Municipality.values().length - 1)];
        String bsnText = random.nextInt(100) < 60 ? fictionalBsn(random, usedBsns) : null;
        Bsn bsn = bsnText == null ? null : Bsn.parse(bsnText).orElseThrow();
        String postcode = (2200 + random.nextInt(600)) + " " + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        String education = EDUCATION[random.nextInt(EDUCATION.length)];
        batches.youths.add(new Object[] {
            youthId,
            orgId,
            given,
            family,
            DemoNames.NICKNAMES.get(given),
            birth,
            municipality.name(),
            postcode,
            "06" + (10000000 + random.nextInt(89999999)),
            given.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "." + (1000 + random.nextInt(9000))
                    + "@example.nl",
            bsn == null ? null : bsnProtector.encrypt(bsn),
            bsn == null ? null : bsnProtector.hash(bsn),
            education,
            QUALIFICATION[random.nextInt(QUALIFICATION.length)],
            random.nextInt(100) < 35,
            random.nextInt(100) < 15,
            random.nextInt(100) < 8,
            random.nextInt(100) < 25,
            random.nextInt(100) < 12,
            Timestamp.from(registered.atStartOfDay(ZONE).toInstant()),
            creator
        });
        if (random.nextInt(100) < 8) {
            return; // registered, trajectory not started yet
        }
        trajectory(random, now, youthId, orgId, coach, started, targetStep, batches);
        DemoPartnership.keyPeople(random, youthId, family, coach, now, batches.keyPeopleRows);
        DemoPartnership.consents(
                random,
                youthId,
                started,
                java.time.Period.between(birth, today).getYears(),
                education,
                batches.orgs,
                coach,
                now,
                batches.consentRows);
        batches.flushIfFull(jdbc);
    }

    private void trajectory(
            Random random,
            Instant now,
            UUID youthId,
            UUID orgId,
            UUID coach,
            LocalDate start,
            int targetStep,
            Batches batches) {
        UUID trajectoryId = uuid(random);
        String[] phases = {"SCOUT", "SCAN", "MATCH", "BORG"};
        Instant startAt = start.atTime(9 + random.nextInt(8), random.nextInt(60))
                .atZone(ZONE)
                .toInstant();
        long totalDays = Math.max(1, Duration.between(startAt, now).toDays());
        Instant cursor = startAt;
        List<Object[]> history = new ArrayList<>();
        history.add(new Object[] {uuid(random), trajectoryId, null, "SCOUT", "START", null, ts(startAt), coach});
        String phase = "SCOUT";
        Instant phaseEntered = startAt;
        for (int step = 1; step <= Math.min(targetStep, 3); step++) {
            long stepDays = Math.max(2, totalDays / (Math.min(targetStep, 3) + 1));
            Instant next = cursor.plus(Duration.ofDays(stepDays / 2 + random.nextInt((int) (stepDays / 2))));
            if (!next.isBefore(now)) {
                break;
            }
            if (step == 3 && random.nextInt(100) < 12) {
                // a relapse while in Match: back to Scan for a while, then forward to Match again
                Duration inMatch = Duration.between(cursor, next);
                history.add(new Object[] {
                    uuid(random),
                    trajectoryId,
                    "MATCH",
                    "SCAN",
                    "RELAPSE",
                    "Opleiding past toch niet; opnieuw kijken wat de jongere wil.",
                    ts(cursor.plus(inMatch.dividedBy(3))),
                    coach
                });
                history.add(new Object[] {
                    uuid(random),
                    trajectoryId,
                    "SCAN",
                    "MATCH",
                    "FORWARD",
                    null,
                    ts(cursor.plus(inMatch.dividedBy(3).multipliedBy(2))),
                    coach
                });
            }
            history.add(new Object[] {
                uuid(random), trajectoryId, phases[step - 1], phases[step], "FORWARD", null, ts(next), coach
            });
            phase = phases[step];
            phaseEntered = next;
            cursor = next;
        }
        String outcome = null;
        String endReason = null;
        Instant closedAt = null;
        if (targetStep == 4) {
            Instant close = cursor.plus(Duration.ofDays(1 + random.nextInt(30)));
            if (close.isBefore(now)) {
                outcome = OUTCOMES[random.nextInt(OUTCOMES.length)];
                endReason = "NONE".equals(outcome) ? "YOUTH_STOPPED" : "GOAL_REACHED";
                history.add(new Object[] {
                    uuid(random),
                    trajectoryId,
                    phase,
                    "CLOSED",
                    "CLOSE",
                    "Afgesloten na afronding van de begeleiding.",
                    ts(close),
                    coach
                });
                phase = "CLOSED";
                phaseEntered = close;
                closedAt = close;
            }
        }
        Instant end = closedAt == null ? now : closedAt;
        Instant lastContact = contacts(random, trajectoryId, coach, startAt, end, batches);
        batches.trajectories++;
        batches.phaseChanges += history.size();
        batches.trajectoryRows.add(new Object[] {
            trajectoryId,
            youthId,
            orgId,
            coach,
            UUID.fromString(PROGRAMMES[random.nextInt(PROGRAMMES.length)]),
            start,
            phase,
            ts(phaseEntered),
            lastContact == null ? null : ts(lastContact),
            outcome,
            endReason,
            closedAt == null ? null : ts(closedAt)
        });
        batches.history.addAll(history);
    }

    /** Contacts every few days to weeks; some trajectories fall behind (more than 14 days). */
    private Instant contacts(Random random, UUID trajectoryId, UUID coach, Instant from, Instant to, Batches batches) {
        Instant lastReached = null;
        Instant at = from.plus(Duration.ofHours(2));
        boolean fallsBehind = random.nextInt(100) < 20;
        while (at.isBefore(to)) {
            boolean outreach = Duration.between(from, at).toDays() < 14 && random.nextInt(3) == 0;
            Boolean reached = outreach ? random.nextBoolean() : null;
            String channel = outreach ? "OUTREACH_ATTEMPT" : CHANNELS[random.nextInt(CHANNELS.length)];
            batches.contactRows.add(new Object[] {
                uuid(random),
                trajectoryId,
                ts(at),
                channel,
                random.nextInt(10) < 8 ? "YOUTH" : "NETWORK",
                reached,
                15 + 15 * random.nextInt(5),
                pick(random, DemoNames.NOTES),
                coach,
                ts(at.plus(Duration.ofHours(1)))
            });
            batches.contacts++;
            if (reached == null || reached) {
                lastReached = at;
            }
            LocalDate nextDay = LocalDate.ofInstant(at, ZONE).plusDays(3 + random.nextInt(12));
            // mostly office hours, sometimes an evening or weekend contact
            int hour = random.nextInt(10) == 0 ? 18 + random.nextInt(3) : 9 + random.nextInt(8);
            at = nextDay.atTime(hour, random.nextInt(4) * 15).atZone(ZONE).toInstant();
            if (fallsBehind
                    && to.minus(Duration.ofDays(15 + random.nextInt(25))).isBefore(at)) {
                break; // this youth has been out of sight for a while: the caseload flags it
            }
        }
        return lastReached;
    }

    /** A 9-digit number passing the elfproef, starting with 99 to stay out of everyday ranges. */
    static String fictionalBsn(Random random, Set<String> used) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int[] d = new int[9];
            d[0] = 9;
            d[1] = 9;
            int sum = 9 * 9 + 8 * 9;
            for (int i = 2; i < 8; i++) {
                d[i] = random.nextInt(10);
                sum += (9 - i) * d[i];
            }
            int check = sum % 11;
            if (check > 9) {
                continue;
            }
            d[8] = check;
            StringBuilder text = new StringBuilder(9);
            for (int digit : d) {
                text.append(digit);
            }
            if (used.add(text.toString())) {
                return text.toString();
            }
        }
        return null;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static UUID uuid(Random random) {
        return new UUID(
                (random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Rows waiting to be written, in foreign-key order. */
    private static final class Batches {
        final List<Object[]> youths = new ArrayList<>();
        final List<Object[]> trajectoryRows = new ArrayList<>();
        final List<Object[]> history = new ArrayList<>();
        final List<Object[]> contactRows = new ArrayList<>();
        final List<Object[]> consentRows = new ArrayList<>();
        final List<Object[]> keyPeopleRows = new ArrayList<>();
        final Map<String, UUID> orgs;
        int trajectories;
        int phaseChanges;
        int contacts;

        Batches(Map<String, UUID> orgs) {
            this.orgs = orgs;
        }

        void flushIfFull(JdbcTemplate jdbc) {
            if (contactRows.size() >= BATCH * 5 || youths.size() >= BATCH) {
                flush(jdbc);
            }
        }

        void flush(JdbcTemplate jdbc) {
            jdbc.batchUpdate("""
                    insert into youth (id, organisation_id, given_names, family_name, preferred_name, date_of_birth,
                                       municipality, postcode, phone, email, bsn_encrypted, bsn_hash, education_status,
                                       start_qualification, youth_care_history, mild_intellectual_disability,
                                       non_intellectual_disability, multi_problem, justice_contact, created_at,
                                       created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, youths);
            jdbc.batchUpdate("""
                    insert into trajectory (id, youth_id, organisation_id, coach_id, programme_id, start_date, phase,
                                            phase_entered_at, last_contact_at, outcome, end_reason, closed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, trajectoryRows);
            jdbc.batchUpdate("""
                    insert into phase_change (id, trajectory_id, from_phase, to_phase, kind, reason, changed_at,
                                              changed_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """, history);
            jdbc.batchUpdate("""
                    insert into contact (id, trajectory_id, occurred_at, channel, counterpart, reached,
                                         duration_minutes, note, author_id, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, contactRows);
            youths.clear();
            trajectoryRows.clear();
            history.clear();
            contactRows.clear();
            DemoPartnership.flush(jdbc, consentRows);
            DemoPartnership.flushKeyPeople(jdbc, keyPeopleRows);
        }
    }
}
