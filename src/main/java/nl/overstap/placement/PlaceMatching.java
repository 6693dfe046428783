package nl.overstap.placement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.overstap.assessment.LifeDomain;
import nl.overstap.assessment.Sector;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import nl.overstap.youth.AgePolicy;
import nl.overstap.youth.StartQualification;
import nl.overstap.youth.YouthScope;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked lists: open places for a youth in Match, and candidate youths in Match for a place. Hard
 * requirements and a coarse score run in SQL over an index (every open place of the region, or every
 * youth in Match within the viewer's scope); the {@link MatchingPolicy} scores the best
 * {@link #COARSE_FACTOR} times as many again in Java and gives the reasons (ADR 0014).
 *
 * <p>Only a coach or coordinator who works on the youth's file (own scope, no break-the-glass) sees
 * a youth's list; the read of the youth's details and scan is logged. A place's candidates are only
 * youths within the viewer's scope, logged as a list read.
 */
@Service
public class PlaceMatching {

    static final int PAGE = 10;
    static final int MORE = 30;
    static final int CANDIDATES = 20;
    static final int CANDIDATE_MAX_TRAVEL = 60;
    static final int COARSE_FACTOR = 5;
    static final int COARSE_MIN = 60;
    static final String OBJECT_TYPE = "place_match";
    private static final double KM_PER_DEGREE = 111.2;

    /** The categories a youth's list reads: age, postcode area, start qualification, phase and the scan. */
    static final Set<DataCategory> READ = Set.copyOf(EnumSet.of(
            DataCategory.BASIC,
            DataCategory.CONTACT_DETAILS,
            DataCategory.SITUATION,
            DataCategory.TRAJECTORY,
            DataCategory.SCAN_WORK_INCOME,
            DataCategory.SCAN_HEALTH,
            DataCategory.SCAN_HOUSING,
            DataCategory.SCAN_SOCIAL));

    private final JdbcClient jdbc;
    private final YouthAccess youthAccess;
    private final AccessLog accessLog;
    private final Places places;
    private final Clock clock;

    PlaceMatching(JdbcClient jdbc, YouthAccess youthAccess, AccessLog accessLog, Places places, Clock clock) {
        this.jdbc = jdbc;
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
        this.places = places;
        this.clock = clock;
    }

    /** One ranked place with its reasons and, when the weights differ from the default, its default rank. */
    public record RankedPlace(
            int rank,
            UUID placeId,
            String title,
            String organisationName,
            PlaceKind kind,
            Municipality municipality,
            MatchingPolicy.Assessment assessment,
            @Nullable Integer defaultRank) {}

    /**
     * The page for a youth.
     *
     * @param inMatch false when the youth has no open trajectory in Match: then there is no list
     * @param weightsChanged the weights differ from the default; {@code newInTop} counts places in the
     *     list that were not in it with the default weights
     */
    public record YouthList(
            UUID youthId,
            String youthName,
            Grant grant,
            boolean inMatch,
            boolean hasScan,
            List<Sector> interests,
            List<RankedPlace> places,
            int considered,
            int excluded,
            boolean weightsChanged,
            int newInTop,
            MatchingPolicy.Weights weights) {}

    /** One candidate youth for a place. */
    public record Candidate(
            int rank,
            UUID youthId,
            String name,
            int age,
            Municipality municipality,
            MatchingPolicy.Assessment assessment) {}

    /** A youth as read for matching, with the name for the page. */
    record Profile(String name, @Nullable String phase, MatchingPolicy.Youth youth, String region) {}

    // ---- places for a youth ----

    @Transactional
    public YouthList forYouth(
            CurrentUser user,
            UUID youthId,
            MatchingPolicy.Criteria criteria,
            MatchingPolicy.Weights weights,
            boolean more) {
        Grant grant = youthAccess.require(user, youthId, AccessEventType.READ, DataCategory.SCAN_WORK_INCOME);
        if (!grant.ownScope() || !YouthScope.seesYouths(user)) {
            accessLog.denied(new AccessEvent(
                    AccessEventType.READ, user, youthId, OBJECT_TYPE, null, Set.of(DataCategory.BASIC), "none"));
            throw new NotFoundException();
        }
        Profile profile = profile(youthId);
        youthAccess.logAllowed(user, grant, AccessEventType.READ, OBJECT_TYPE, youthId, READ);
        MatchingPolicy.Youth youth = profile.youth();
        List<Sector> interests = youth.interests().stream().sorted().toList();
        if (!"MATCH".equals(profile.phase())) {
            return new YouthList(
                    youthId,
                    profile.name(),
                    grant,
                    false,
                    youth.hasScan(),
                    interests,
                    List.of(),
                    0,
                    0,
                    false,
                    0,
                    weights);
        }
        int limit = more ? MORE : PAGE;
        LocalDate today = DutchTime.today(clock);
        Ranking ranking = rank(profile, criteria, weights, limit, today);
        boolean changed = !weights.equals(MatchingPolicy.Weights.DEFAULT);
        Map<UUID, Integer> defaultRanks = Map.of();
        int newInTop = 0;
        if (changed) {
            Ranking standard = rank(profile, criteria, MatchingPolicy.Weights.DEFAULT, limit * 3, today);
            defaultRanks = new HashMap<>();
            for (int i = 0; i < standard.places().size(); i++) {
                defaultRanks.put(standard.places().get(i).placeId(), i + 1);
            }
        }
        List<RankedPlace> shown = new ArrayList<>();
        for (int i = 0; i < ranking.places().size(); i++) {
            RankedPlace p = ranking.places().get(i);
            Integer was = changed ? defaultRanks.get(p.placeId()) : null;
            if (changed && (was == null || was > limit)) {
                newInTop++;
            }
            shown.add(new RankedPlace(
                    i + 1,
                    p.placeId(),
                    p.title(),
                    p.organisationName(),
                    p.kind(),
                    p.municipality(),
                    p.assessment(),
                    was));
        }
        return new YouthList(
                youthId,
                profile.name(),
                grant,
                true,
                youth.hasScan(),
                interests,
                shown,
                ranking.considered(),
                ranking.excluded(),
                changed,
                newInTop,
                weights);
    }

    private record Ranking(List<RankedPlace> places, int considered, int excluded) {}

    /** The coarse selection of places, best first; {@code interestOnly} adds a fixed filter on the youth's interests. */
    private List<Object[]> coarsePlaces(
            Profile profile,
            MatchingPolicy.Criteria criteria,
            MatchingPolicy.Weights weights,
            int k,
            boolean interestOnly) {
        MatchingPolicy.Youth youth = profile.youth();
        Travel.Point home = youth.home();
        double maxKm = Travel.maxKm(criteria.maxTravelMinutes()) * 1.02;
        return jdbc.sql("""
                        with top as (
                            select p.id, p.sector, p.latitude, p.longitude, p.hours_min, p.hours_max, p.start_date,
                                   p.requires_start_qualification, p.minimum_age, p.requires_driving_licence,
                                   p.dutch_level, p.requires_conduct_certificate, p.offers_workplace_mentor,
                                   p.offers_job_coach,
                                   (:ws * case when :noInterests then 0.5::float8
                                                  when p.sector = any (cast(:interests as text[])) then 1.0::float8
                                                  else 0.0::float8 end
                                     + :wd * case when not :located or p.latitude is null then 0.3::float8
                                                  else greatest(0.1::float8, 1.0::float8 - (5.0::float8 + 2.6::float8
                                                        * sqrt(((p.latitude - :lat) * 111.2::float8) ^ 2
                                                               + ((p.longitude - :lon) * :kx) ^ 2)) / :maxMinutes) end
                                     + :wh * case when cast(:hours as integer) is null then 0.5::float8
                                                  when p.hours_max <= :hours then 1.0::float8 else 0.7::float8 end
                                     + :wu * case when p.offers_workplace_mentor or p.offers_job_coach
                                                  then (case when :needsSupport then 1.0::float8 else 0.6::float8 end)
                                                  else (case when not :hasScan then 0.4::float8
                                                             when :needsSupport then 0.0::float8 else 0.5::float8 end)
                                             end) as coarse
                              from place p
                             where p.region = :region and p.open /*interest*/
                               and (p.minimum_age is null or p.minimum_age <= :age)
                               and (not p.requires_start_qualification or :sq <> 'NO')
                               and (not p.requires_driving_licence or :licence <> 'NO')
                               and (p.dutch_level is null or cast(:dutch as text) is null or p.dutch_level <= :dutch)
                               and (not p.requires_conduct_certificate or :conduct <> 'YES')
                               and (cast(:hours as integer) is null or p.hours_min <= :hours)
                               and (not :located or p.latitude is null
                                    or (p.latitude between :lat - :dLat and :lat + :dLat
                                        and p.longitude between :lon - :dLon and :lon + :dLon))
                             order by coarse desc, p.id
                             limit :k)
                        select top.*, p.title, p.kind, p.municipality, o.name as organisation_name
                          from top join place p on p.id = top.id join organisation o on o.id = p.organisation_id
                        """.replace(
                                "/*interest*/", interestOnly ? "and p.sector = any (cast(:interests as text[]))" : ""))
                .param("region", profile.region())
                .param("age", youth.age())
                .param("sq", youth.startQualification().name())
                .param("licence", criteria.drivingLicence().name())
                .param(
                        "dutch",
                        criteria.dutchLevel() == null
                                ? null
                                : criteria.dutchLevel().name())
                .param("conduct", criteria.conductProblem().name())
                .param("hours", criteria.hoursAvailable())
                .param("located", home != null)
                .param("lat", home == null ? 0.0 : home.latitude())
                .param("lon", home == null ? 0.0 : home.longitude())
                .param("dLat", maxKm / KM_PER_DEGREE)
                .param("dLon", maxKm / kmPerDegreeLongitude(home))
                .param("kx", kmPerDegreeLongitude(home))
                .param("maxMinutes", (double) Math.max(1, criteria.maxTravelMinutes()))
                .param("noInterests", !youth.hasScan() || youth.interests().isEmpty())
                .param(
                        "interests",
                        pgArray(youth.interests().stream().map(Enum::name).toList()))
                .param("hasScan", youth.hasScan())
                .param("needsSupport", !youth.lowDomains().isEmpty())
                .param("ws", (double) weights.sector())
                .param("wd", (double) weights.distance())
                .param("wh", (double) weights.hours())
                .param("wu", (double) weights.support())
                .param("k", k)
                .query((rs, n) -> new Object[] {
                    facts(rs),
                    rs.getString("title"),
                    rs.getString("organisation_name"),
                    PlaceKind.valueOf(rs.getString("kind")),
                    Municipality.valueOf(rs.getString("municipality")),
                    rs.getDouble("coarse")
                })
                .list();
    }

    private Ranking rank(
            Profile profile,
            MatchingPolicy.Criteria criteria,
            MatchingPolicy.Weights weights,
            int limit,
            LocalDate today) {
        MatchingPolicy.Youth youth = profile.youth();
        int k = Math.max(COARSE_MIN, limit * COARSE_FACTOR);
        // Threshold pass: first only places in the youth's interest sectors (partial index on region and
        // sector). When the k-th of them scores at least what a place in another sector could reach
        // (sector 0, the best travel time, hours and support), no other place can enter the top k.
        List<Object[]> rows = null;
        if (youth.hasScan() && !youth.interests().isEmpty()) {
            rows = coarsePlaces(profile, criteria, weights, k, true);
            double bestOther = weights.distance()
                            * (1.0 - (double) Travel.OVERHEAD_MINUTES / Math.max(1, criteria.maxTravelMinutes()))
                    + weights.hours()
                    + weights.support();
            if (rows.size() < k || (double) rows.get(k - 1)[5] < bestOther) {
                rows = null;
            }
        }
        if (rows == null) {
            rows = coarsePlaces(profile, criteria, weights, k, false);
        }
        List<RankedPlace> ranked = new ArrayList<>();
        int excluded = 0;
        for (Object[] row : rows) {
            MatchingPolicy.Assessment a =
                    MatchingPolicy.assess(youth, criteria, weights, (MatchingPolicy.PlaceFacts) row[0], today);
            if (!a.eligible()) {
                excluded++;
                continue;
            }
            ranked.add(new RankedPlace(
                    0,
                    a.placeId(),
                    (String) row[1],
                    (String) row[2],
                    (PlaceKind) row[3],
                    (Municipality) row[4],
                    a,
                    null));
        }
        ranked.sort(
                Comparator.comparingDouble((RankedPlace r) -> -r.assessment().score())
                        .thenComparing(RankedPlace::title)
                        .thenComparing(RankedPlace::placeId));
        return new Ranking(List.copyOf(ranked.subList(0, Math.min(limit, ranked.size()))), rows.size(), excluded);
    }

    private Profile profile(UUID youthId) {
        return jdbc.sql("""
                        select coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as name,
                               y.date_of_birth, y.start_qualification, o.region,
                               coalesce(pa.latitude, mc.latitude) as lat, coalesce(pa.longitude, mc.longitude) as lon,
                               (select t.phase from trajectory t where t.youth_id = y.id and t.phase <> 'CLOSED'
                                 order by t.start_date desc limit 1) as phase,
                               s.id as scan_id, s.interests,
                               (select array_agg(ss.domain) from scan_score ss where ss.scan_id = s.id and ss.score <= 2) as low
                          from youth y
                          join organisation o on o.id = y.organisation_id
                          left join municipality_centre mc on mc.municipality = y.municipality
                          left join postcode_area pa on pa.pc4 = left(y.postcode, 4) and pa.municipality = y.municipality
                          left join lateral (select sc.id, sc.interests from scan sc where sc.youth_id = y.id
                                              order by sc.scan_date desc, sc.created_at desc limit 1) s on true
                         where y.id = :id
                        """)
                .param("id", youthId)
                .query((rs, n) -> new Profile(
                        rs.getString("name"),
                        rs.getString("phase"),
                        youth(rs, youthId, "scan_id", "interests", "low"),
                        rs.getString("region")))
                .single();
    }

    private MatchingPolicy.Youth youth(
            ResultSet rs, UUID youthId, String scanColumn, String interestsColumn, String lowColumn)
            throws SQLException {
        LocalDate birth = rs.getDate("date_of_birth").toLocalDate();
        Object lat = rs.getObject("lat");
        Travel.Point home = lat == null ? null : new Travel.Point(rs.getDouble("lat"), rs.getDouble("lon"));
        boolean hasScan = rs.getObject(scanColumn) != null;
        Set<Sector> interests = enums(Sector.class, rs.getArray(interestsColumn));
        Set<LifeDomain> low = enums(LifeDomain.class, rs.getArray(lowColumn));
        low.retainAll(MatchingPolicy.SUPPORT_DOMAINS);
        return new MatchingPolicy.Youth(
                youthId,
                AgePolicy.ageOn(birth, DutchTime.today(clock)),
                StartQualification.valueOf(rs.getString("start_qualification")),
                home,
                hasScan,
                interests,
                low);
    }

    // ---- candidates for a place ----

    /** The candidates page: the place and its best candidates within the viewer's scope. */
    public record CandidateList(Place place, List<Candidate> candidates, int considered) {}

    @Transactional
    public CandidateList candidates(CurrentUser user, UUID placeId) {
        if (!YouthScope.seesYouths(user)) {
            throw new NotFoundException();
        }
        Place place = places.require(user, placeId);
        MatchingPolicy.Criteria criteria = new MatchingPolicy.Criteria(
                null, CANDIDATE_MAX_TRAVEL, MatchingPolicy.Known.UNKNOWN, null, MatchingPolicy.Known.UNKNOWN);
        MatchingPolicy.Weights weights = MatchingPolicy.Weights.DEFAULT;
        MatchingPolicy.PlaceFacts facts = facts(place);
        LocalDate today = DutchTime.today(clock);
        Travel.Point at = facts.location();
        double maxKm = Travel.maxKm(CANDIDATE_MAX_TRAVEL) * 1.02;
        String scope = YouthScope.predicate(user, "m.organisation_id");
        int bit = 1 << place.sector().ordinal();
        int k = CANDIDATES * COARSE_FACTOR;
        // Threshold pass: first only the youths interested in the place's sector (a partial index per
        // sector bit; the bit is an int from the enum, never user input). When the k-th of them scores at
        // least what any other youth could reach, nobody else can enter the top k: skip the full pool.
        List<Scored> interested = coarse(
                user, scope + " and m.interest_mask & " + bit + " <> 0", place, at, maxKm, weights, bit, today, k);
        double bestOther = weights.sector() * 0.5
                + weights.distance() * (1.0 - (double) Travel.OVERHEAD_MINUTES / CANDIDATE_MAX_TRAVEL)
                + weights.support() * 1.0;
        List<Scored> scored = interested.size() >= k && interested.get(k - 1).score() >= bestOther
                ? interested
                : coarse(user, scope, place, at, maxKm, weights, bit, today, k);
        List<UUID> coarse = scored.stream().map(Scored::youthId).toList();
        if (coarse.isEmpty()) {
            return new CandidateList(place, List.of(), 0);
        }
        record Row(String name, Municipality municipality, MatchingPolicy.Youth youth) {}
        List<Row> rows = jdbc.sql("""
                        select y.id, coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as name,
                               y.municipality, y.date_of_birth, y.start_qualification,
                               coalesce(pa.latitude, mc.latitude) as lat, coalesce(pa.longitude, mc.longitude) as lon,
                               s.id as scan_id, s.interests,
                               (select array_agg(ss.domain) from scan_score ss where ss.scan_id = s.id and ss.score <= 2) as low
                          from youth y
                          left join municipality_centre mc on mc.municipality = y.municipality
                          left join postcode_area pa on pa.pc4 = left(y.postcode, 4) and pa.municipality = y.municipality
                          left join lateral (select sc.id, sc.interests from scan sc where sc.youth_id = y.id
                                              order by sc.scan_date desc, sc.created_at desc limit 1) s on true
                         where y.id = any (cast(:ids as uuid[]))
                           and exists (select 1 from trajectory t where t.youth_id = y.id and t.phase = 'MATCH')
                           and """ + " " + YouthScope.predicate(user, "y.organisation_id") + """

                        """)
                .param("ids", pgArray(coarse.stream().map(UUID::toString).toList()))
                .param("scopeOrganisation", user.organisationId())
                .param("scopeRegion", user.region())
                .query((rs, n) -> new Row(
                        rs.getString("name"),
                        Municipality.valueOf(rs.getString("municipality")),
                        youth(rs, rs.getObject("id", UUID.class), "scan_id", "interests", "low")))
                .list();
        List<Candidate> ranked = new ArrayList<>();
        for (Row row : rows) {
            MatchingPolicy.Assessment a = MatchingPolicy.assess(row.youth(), criteria, weights, facts, today);
            if (a.eligible()) {
                ranked.add(new Candidate(
                        0, row.youth().id(), row.name(), row.youth().age(), row.municipality(), a));
            }
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.assessment().score())
                .thenComparing(Candidate::name)
                .thenComparing(Candidate::youthId));
        List<Candidate> top = new ArrayList<>();
        for (int i = 0; i < Math.min(CANDIDATES, ranked.size()); i++) {
            Candidate c = ranked.get(i);
            top.add(new Candidate(i + 1, c.youthId(), c.name(), c.age(), c.municipality(), c.assessment()));
        }
        accessLog.listed(user, top.stream().map(Candidate::youthId).toList(), READ);
        return new CandidateList(place, List.copyOf(top), coarse.size());
    }

    private record Scored(UUID youthId, double score) {}

    /** The coarse candidate selection over the pool, best first; {@code where} is built from fixed fragments only. */
    private List<Scored> coarse(
            CurrentUser user,
            String where,
            Place place,
            Travel.@Nullable Point at,
            double maxKm,
            MatchingPolicy.Weights weights,
            int bit,
            LocalDate today,
            int k) {
        return jdbc.sql("""
                        select m.youth_id,
                               (:ws * case when m.interest_mask & :sectorBit <> 0 then 1.0::float8
                                           when not m.has_scan then 0.5::float8 else 0.0::float8 end
                              + :wd * case when not :located or m.latitude is null then 0.3::float8
                                           else greatest(0.1::float8, 1.0::float8 - (5.0::float8 + 2.6::float8
                                                 * sqrt(((m.latitude - :lat) * 111.2::float8) ^ 2
                                                        + ((m.longitude - :lon) * :kx) ^ 2)) / :maxMinutes) end
                              + :wu * case when m.needs_support and :offers then 1.0::float8
                                           when m.needs_support then 0.0::float8 else 0.5::float8 end) as coarse
                          from match_pool m
                         where """ + " " + where + """

                           and m.date_of_birth <= :latestBirth
                           and (not :sq or m.start_qualification <> 'NO')
                           and (not :located or m.latitude is null
                                or (m.latitude between :lat - :dLat and :lat + :dLat
                                    and m.longitude between :lon - :dLon and :lon + :dLon))
                         order by coarse desc, m.youth_id
                         limit :k
                        """)
                .param("scopeOrganisation", user.organisationId())
                .param("scopeRegion", user.region())
                .param("latestBirth", today.minusYears(place.minimumAge() == null ? 0 : place.minimumAge()))
                .param("sq", place.requiresStartQualification())
                .param("sectorBit", bit)
                .param("located", at != null)
                .param("lat", at == null ? 0.0 : at.latitude())
                .param("lon", at == null ? 0.0 : at.longitude())
                .param("dLat", maxKm / KM_PER_DEGREE)
                .param("dLon", maxKm / kmPerDegreeLongitude(at))
                .param("kx", kmPerDegreeLongitude(at))
                .param("maxMinutes", (double) CANDIDATE_MAX_TRAVEL)
                .param("ws", (double) weights.sector())
                .param("wd", (double) weights.distance())
                .param("wu", (double) weights.support())
                .param("offers", place.offersWorkplaceMentor() || place.offersJobCoach())
                .param("k", k)
                .query((rs, n) -> new Scored(rs.getObject("youth_id", UUID.class), rs.getDouble("coarse")))
                .list();
    }

    // ---- helpers ----

    static MatchingPolicy.PlaceFacts facts(Place p) {
        return new MatchingPolicy.PlaceFacts(
                p.id(),
                p.sector(),
                p.latitude() == null || p.longitude() == null ? null : new Travel.Point(p.latitude(), p.longitude()),
                p.hoursMin(),
                p.hoursMax(),
                p.startDate(),
                p.requiresStartQualification(),
                p.minimumAge(),
                p.requiresDrivingLicence(),
                p.dutchLevel(),
                p.requiresConductCertificate(),
                p.offersWorkplaceMentor(),
                p.offersJobCoach());
    }

    private static MatchingPolicy.PlaceFacts facts(ResultSet rs) throws SQLException {
        Object lat = rs.getObject("latitude");
        Object lon = rs.getObject("longitude");
        java.sql.Date start = rs.getDate("start_date");
        String dutch = rs.getString("dutch_level");
        return new MatchingPolicy.PlaceFacts(
                rs.getObject("id", UUID.class),
                Sector.valueOf(rs.getString("sector")),
                lat == null || lon == null
                        ? null
                        : new Travel.Point(rs.getDouble("latitude"), rs.getDouble("longitude")),
                rs.getInt("hours_min"),
                rs.getInt("hours_max"),
                start == null ? null : start.toLocalDate(),
                rs.getBoolean("requires_start_qualification"),
                (Integer) rs.getObject("minimum_age"),
                rs.getBoolean("requires_driving_licence"),
                dutch == null ? null : DutchLevel.valueOf(dutch),
                rs.getBoolean("requires_conduct_certificate"),
                rs.getBoolean("offers_workplace_mentor"),
                rs.getBoolean("offers_job_coach"));
    }

    private static double kmPerDegreeLongitude(Travel.@Nullable Point at) {
        return KM_PER_DEGREE * Math.cos(Math.toRadians(at == null ? 52.0 : at.latitude()));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, @Nullable Array array) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                values.add(Enum.valueOf(type, o.toString()));
            }
        }
        return values;
    }

    /** A PostgreSQL array literal of plain tokens (enum names, UUIDs): no quoting needed. */
    static String pgArray(List<String> tokens) {
        return "{" + String.join(",", tokens) + "}";
    }
}
