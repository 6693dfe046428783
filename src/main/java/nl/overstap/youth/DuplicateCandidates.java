package nl.overstap.youth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds youths that may be the same person as the given details: the same BSN is the same youth;
 * otherwise candidates by name, date of birth and postcode similarity, for a person to review. Only
 * youths within the user's scope are returned, never a youth that was merged into another.
 *
 * <p>One SQL statement per call: the BSN hash (index), the trigram index on the folded family name
 * ({@code youth_name_key}), and the date of birth (exact or day and month swapped) select the rows;
 * {@link DuplicateScore} scores them. Every youth shown is written to the access log (LIST).
 */
@Service
public class DuplicateCandidates {

    /** What is known of the person to compare; any part may be missing. */
    public record Person(
            @Nullable String givenNames,
            @Nullable String familyName,
            @Nullable LocalDate dateOfBirth,
            @Nullable String postcode,
            @Nullable String bsnHash) {}

    /** A possible match, with why it was suggested (message keys) and a score from 0 to 100. */
    public record Candidate(
            UUID youthId,
            String displayName,
            LocalDate dateOfBirth,
            boolean sameBsn,
            int score,
            List<String> reasonKeys) {}

    /** A pair of youths of the region that may be one person (the review list of coordinators). */
    public record Pair(Candidate first, Candidate second, int score, List<String> reasonKeys) {}

    /** One page of pairs; {@code hasNext} when there are more. */
    public record PairPage(List<Pair> pairs, int page, boolean hasNext, int total) {}

    /** The youth whose candidates are shown, and those candidates. */
    public record OfYouth(YouthRef youth, List<Candidate> candidates) {}

    /** Rows read from the database before scoring. */
    static final int MAX_ROWS = 200;
    /** Pairs read for the region list before scoring and paging. */
    static final int MAX_PAIR_ROWS = 2000;

    static final int PAGE_SIZE = 25;

    private static final String FEATURES = """
            select y.id, coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as display_name,
                   y.date_of_birth, y.postcode,
                   coalesce(y.bsn_hash = cast(:bsnHash as text), false) as same_bsn,
                   coalesce(similarity(youth_name_key(y.family_name), youth_name_key(cast(:family as text))), 0)
                       as family_sim,
                   coalesce(greatest(similarity(youth_name_key(y.given_names), youth_name_key(cast(:given as text))),
                                     similarity(youth_name_key(split_part(y.given_names, ' ', 1)),
                                                youth_name_key(split_part(cast(:given as text), ' ', 1))),
                                     similarity(youth_name_key(y.preferred_name), youth_name_key(cast(:given as text)))),
                            0) as given_sim
              from youth y
             where y.merged_into_id is null
               and (cast(:exclude as uuid) is null or y.id <> cast(:exclude as uuid))
               and (y.bsn_hash = cast(:bsnHash as text)
                    or youth_name_key(y.family_name) % youth_name_key(cast(:family as text))
                    or y.date_of_birth in (cast(:birth as date), cast(:swapped as date)))
               and\s""";

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Youths youths;

    DuplicateCandidates(JdbcClient jdbc, AccessLog accessLog, Youths youths) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.youths = youths;
    }

    /**
     * Candidates, best first; at most {@code limit}. Youths with the same BSN come first (score 100);
     * others only from {@link DuplicateScore#MIN_SCORE} on. Each youth returned is logged as listed
     * (basic details), in the caller's transaction or a new one.
     */
    @Transactional
    public List<Candidate> find(CurrentUser user, Person person, int limit) {
        List<Candidate> found = candidates(user, person, null, limit);
        accessLog.listed(user, found.stream().map(Candidate::youthId).toList(), EnumSet.of(DataCategory.BASIC));
        return found;
    }

    /** The candidates of one youth the user may see (else 404); the youth's own record is read and logged. */
    @Transactional
    public OfYouth forYouth(CurrentUser user, UUID youthId, int limit) {
        YouthRef youth = youths.requireVisible(user, youthId);
        Person person = jdbc.sql("select given_names, family_name, date_of_birth, postcode, bsn_hash from youth"
                        + " where id = :id")
                .param("id", youthId)
                .query((rs, n) -> new Person(
                        rs.getString("given_names"),
                        rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("postcode"),
                        rs.getString("bsn_hash")))
                .single();
        List<Candidate> found = candidates(user, person, youthId, limit);
        accessLog.allowed(AccessEvent.of(
                AccessEventType.READ, user, youthId, "youth-duplicates", youthId, EnumSet.of(DataCategory.BASIC)));
        accessLog.listed(user, found.stream().map(Candidate::youthId).toList(), EnumSet.of(DataCategory.BASIC));
        return new OfYouth(youth, found);
    }

    /**
     * Pairs of youths within the coordinator's region that may be one person: the same BSN, or the
     * same (or day/month-swapped) date of birth with a similar family name, scored and sorted, one page
     * at a time. Coordinators only; others get a 404.
     */
    @Transactional
    public PairPage regionPairs(CurrentUser user, int page) {
        if (!user.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
        String scopeA = YouthScope.predicate(user, "a.organisation_id");
        String scopeB = YouthScope.predicate(user, "b.organisation_id");
        List<Pair> all = jdbc
                .sql("""
                        select a.id as a_id, coalesce(a.preferred_name, a.given_names) || ' ' || a.family_name as a_name,
                               a.date_of_birth as a_birth, a.postcode as a_postcode,
                               b.id as b_id, coalesce(b.preferred_name, b.given_names) || ' ' || b.family_name as b_name,
                               b.date_of_birth as b_birth, b.postcode as b_postcode,
                               coalesce(a.bsn_hash = b.bsn_hash, false) as same_bsn,
                               similarity(youth_name_key(a.family_name), youth_name_key(b.family_name)) as family_sim,
                               greatest(similarity(youth_name_key(a.given_names), youth_name_key(b.given_names)),
                                        similarity(youth_name_key(split_part(a.given_names, ' ', 1)),
                                                   youth_name_key(split_part(b.given_names, ' ', 1)))) as given_sim
                          from youth a
                          join youth b on b.id > a.id and b.merged_into_id is null
                               and (b.bsn_hash = a.bsn_hash
                                    or ((b.date_of_birth = a.date_of_birth
                                         or (extract(day from a.date_of_birth) <= 12
                                             and b.date_of_birth = make_date(cast(extract(year from a.date_of_birth) as int),
                                                                             cast(extract(day from a.date_of_birth) as int),
                                                                             cast(extract(month from a.date_of_birth) as int))))
                                        and youth_name_key(a.family_name) % youth_name_key(b.family_name)))
                         where a.merged_into_id is null and\s""" + scopeA + " and " + scopeB + """

                         order by a.id, b.id
                         limit :max
                        """)
                .param("scopeOrganisation", user.organisationId())
                .param("scopeRegion", user.region())
                .param("max", MAX_PAIR_ROWS)
                .query((rs, n) -> pair(rs))
                .list()
                .stream()
                .filter(p -> p.score() >= DuplicateScore.MIN_SCORE)
                .sorted(Comparator.comparingInt(Pair::score)
                        .reversed()
                        .thenComparing(p -> p.first().youthId()))
                .toList();
        int from = Math.min(Math.max(page, 0) * PAGE_SIZE, all.size());
        int to = Math.min(from + PAGE_SIZE, all.size());
        List<Pair> shown = all.subList(from, to);
        Set<UUID> ids = new LinkedHashSet<>();
        shown.forEach(p -> {
            ids.add(p.first().youthId());
            ids.add(p.second().youthId());
        });
        accessLog.listed(user, ids, EnumSet.of(DataCategory.BASIC));
        return new PairPage(List.copyOf(shown), Math.max(page, 0), to < all.size(), all.size());
    }

    List<Candidate> candidates(CurrentUser user, Person person, @Nullable UUID exclude, int limit) {
        if (!YouthScope.seesYouths(user) || limit <= 0) {
            return List.of();
        }
        String family = blankToNull(person.familyName());
        String given = blankToNull(person.givenNames());
        String bsnHash = blankToNull(person.bsnHash());
        LocalDate birth = person.dateOfBirth();
        if (family == null && bsnHash == null && birth == null) {
            return List.of();
        }
        List<Candidate> scored = new ArrayList<>();
        jdbc.sql(FEATURES + YouthScope.predicate(user, "y.organisation_id") + """

                         order by same_bsn desc, family_sim desc, y.id
                         limit :max
                        """)
                .param("scopeOrganisation", user.organisationId())
                .param("scopeRegion", user.region())
                .param("bsnHash", bsnHash)
                .param("family", family)
                .param("given", given)
                .param("birth", birth)
                .param("swapped", birth == null ? null : DuplicateScore.swapped(birth))
                .param("exclude", exclude)
                .param("max", MAX_ROWS)
                .query((rs, n) -> {
                    LocalDate theirBirth = rs.getObject("date_of_birth", LocalDate.class);
                    DuplicateScore.Result result = DuplicateScore.of(new DuplicateScore.Features(
                            rs.getBoolean("same_bsn"),
                            rs.getDouble("family_sim"),
                            given == null ? 0 : rs.getDouble("given_sim"),
                            DuplicateScore.Birth.of(birth, theirBirth),
                            DuplicateScore.Postcode.of(person.postcode(), rs.getString("postcode"))));
                    return new Candidate(
                            rs.getObject("id", UUID.class),
                            rs.getString("display_name"),
                            theirBirth,
                            rs.getBoolean("same_bsn"),
                            result.score(),
                            result.reasonKeys());
                })
                .list()
                .forEach(c -> {
                    if (c.sameBsn() || c.score() >= DuplicateScore.MIN_SCORE) {
                        scored.add(c);
                    }
                });
        return scored.stream()
                .sorted(Comparator.comparingInt(Candidate::score)
                        .reversed()
                        .thenComparing(Candidate::displayName)
                        .thenComparing(Candidate::youthId))
                .limit(limit)
                .toList();
    }

    private static Pair pair(ResultSet rs) throws SQLException {
        LocalDate aBirth = rs.getObject("a_birth", LocalDate.class);
        LocalDate bBirth = rs.getObject("b_birth", LocalDate.class);
        boolean sameBsn = rs.getBoolean("same_bsn");
        DuplicateScore.Result result = DuplicateScore.of(new DuplicateScore.Features(
                sameBsn,
                rs.getDouble("family_sim"),
                rs.getDouble("given_sim"),
                DuplicateScore.Birth.of(aBirth, bBirth),
                DuplicateScore.Postcode.of(rs.getString("a_postcode"), rs.getString("b_postcode"))));
        return new Pair(
                new Candidate(
                        rs.getObject("a_id", UUID.class),
                        rs.getString("a_name"),
                        aBirth,
                        sameBsn,
                        result.score(),
                        result.reasonKeys()),
                new Candidate(
                        rs.getObject("b_id", UUID.class),
                        rs.getString("b_name"),
                        bBirth,
                        sameBsn,
                        result.score(),
                        result.reasonKeys()),
                result.score(),
                result.reasonKeys());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
