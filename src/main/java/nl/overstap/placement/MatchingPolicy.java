package nl.overstap.placement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.overstap.assessment.LifeDomain;
import nl.overstap.assessment.Sector;
import nl.overstap.youth.StartQualification;
import org.jspecify.annotations.Nullable;

/**
 * How well one open place fits one youth, with every reason in plain Dutch (message keys
 * {@code placement.reason.*}). Pure: no Spring, no database.
 *
 * <p>Hard requirements filter (the place is left out, with the reason): minimum age, startkwalificatie
 * the youth does not have, a driving licence the youth does not have, a Dutch level below the one
 * asked, a certificate of conduct (VOG) the coach expects to be a problem, more hours than the youth
 * can work, and more travel than the youth's maximum. A requirement the system cannot check because
 * the youth's side is unknown never passes silently: the place stays in, with an "unknown" reason and
 * a penalty of {@link #UNKNOWN_PENALTY} points.
 *
 * <p>Soft criteria score: sector against the scan's interests, travel time, hours, and support
 * (workplace mentor, job coach) where the scan shows a need, each 0..1 and weighted by the coach's
 * weights (0..5), giving 0..100; a start soon adds up to {@link #START_BONUS} points.
 */
public final class MatchingPolicy {

    /** Points off for each requirement that could not be checked. */
    static final double UNKNOWN_PENALTY = 5.0;
    /** Points for a place that starts within 30 days (or whenever the youth is ready). */
    static final double START_BONUS = 5.0;
    /** A score of 1 or 2 on these domains means guidance at the place helps. */
    static final Set<LifeDomain> SUPPORT_DOMAINS = EnumSet.of(
            LifeDomain.WORK_EDUCATION,
            LifeDomain.DAYTIME_ACTIVITIES,
            LifeDomain.MENTAL_HEALTH,
            LifeDomain.SOCIAL_NETWORK,
            LifeDomain.BASIC_ADL,
            LifeDomain.INSTRUMENTAL_ADL,
            LifeDomain.SUBSTANCE_USE);

    private MatchingPolicy() {}

    /** Yes, no, or not known. */
    public enum Known {
        YES,
        NO,
        UNKNOWN
    }

    /** How much each soft criterion counts, 0 (not at all) to 5 (very much). */
    public record Weights(int sector, int distance, int hours, int support) {

        public static final Weights DEFAULT = new Weights(3, 3, 2, 2);

        public Weights {
            for (int w : new int[] {sector, distance, hours, support}) {
                if (w < 0 || w > 5) {
                    throw new IllegalArgumentException("weight must be 0 to 5: " + w);
                }
            }
        }

        int total() {
            return sector + distance + hours + support;
        }
    }

    /**
     * What the coach enters per search.
     *
     * @param hoursAvailable hours per week the youth can work; null when not filled in
     * @param dutchLevel the youth's level of Dutch; null when not known
     * @param conductProblem whether the coach expects a certificate of conduct (VOG) to be refused
     */
    public record Criteria(
            @Nullable Integer hoursAvailable,
            int maxTravelMinutes,
            Known drivingLicence,
            @Nullable DutchLevel dutchLevel,
            Known conductProblem) {

        public static final int DEFAULT_MAX_TRAVEL = 45;

        public static Criteria unknown() {
            return new Criteria(null, DEFAULT_MAX_TRAVEL, Known.UNKNOWN, null, Known.UNKNOWN);
        }
    }

    /**
     * What the youth's file and latest scan tell.
     *
     * @param home null when neither postcode area nor municipality has coordinates
     * @param hasScan false when the youth has no scan yet (interests and needs unknown)
     * @param lowDomains the support domains with a score of 1 or 2 in the latest scan
     */
    public record Youth(
            UUID id,
            int age,
            StartQualification startQualification,
            Travel.@Nullable Point home,
            boolean hasScan,
            Set<Sector> interests,
            Set<LifeDomain> lowDomains) {

        public Youth {
            interests = interests.isEmpty() ? Set.of() : Set.copyOf(interests);
            lowDomains = lowDomains.isEmpty() ? Set.of() : Set.copyOf(lowDomains);
        }
    }

    /** The facts of a place that matching uses. */
    public record PlaceFacts(
            UUID id,
            Sector sector,
            Travel.@Nullable Point location,
            int hoursMin,
            int hoursMax,
            @Nullable LocalDate startDate,
            boolean requiresStartQualification,
            @Nullable Integer minimumAge,
            boolean requiresDrivingLicence,
            @Nullable DutchLevel dutchLevel,
            boolean requiresConductCertificate,
            boolean offersWorkplaceMentor,
            boolean offersJobCoach) {}

    /** How a reason counts. */
    public enum Tone {
        /** Speaks for the place. */
        FIT,
        /** Speaks against it, but does not rule it out. */
        CONCERN,
        /** Could not be checked: the coach should find out. */
        UNKNOWN,
        /** Rules the place out. */
        BLOCK
    }

    /**
     * One reason: the message key {@code placement.reason.<code>} with its arguments (enum arguments
     * are shown with their own label).
     */
    public record Reason(Tone tone, String code, List<Object> args) {

        public Reason {
            args = List.copyOf(args);
        }

        public String key() {
            return "placement.reason." + code;
        }

        static Reason of(Tone tone, String code, Object... args) {
            return new Reason(tone, code, List.of(args));
        }
    }

    /** The outcome for one place: left out (with the blocking reasons first) or a score with reasons. */
    public record Assessment(UUID placeId, boolean eligible, double score, List<Reason> reasons) {

        public Assessment {
            reasons = List.copyOf(reasons);
        }
    }

    public static Assessment assess(
            Youth youth, Criteria criteria, Weights weights, PlaceFacts place, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        double penalty = 0;

        // hard requirements
        if (place.minimumAge() != null) {
            if (youth.age() < place.minimumAge()) {
                reasons.add(Reason.of(Tone.BLOCK, "age.tooYoung", place.minimumAge(), youth.age()));
            } else {
                reasons.add(Reason.of(Tone.FIT, "age.ok", place.minimumAge()));
            }
        }
        if (place.requiresStartQualification()) {
            switch (youth.startQualification()) {
                case YES -> reasons.add(Reason.of(Tone.FIT, "startQualification.ok"));
                case NO -> reasons.add(Reason.of(Tone.BLOCK, "startQualification.missing"));
                case UNKNOWN -> {
                    reasons.add(Reason.of(Tone.UNKNOWN, "startQualification.unknown"));
                    penalty += UNKNOWN_PENALTY;
                }
            }
        }
        if (place.requiresDrivingLicence()) {
            switch (criteria.drivingLicence()) {
                case YES -> reasons.add(Reason.of(Tone.FIT, "licence.ok"));
                case NO -> reasons.add(Reason.of(Tone.BLOCK, "licence.missing"));
                case UNKNOWN -> {
                    reasons.add(Reason.of(Tone.UNKNOWN, "licence.unknown"));
                    penalty += UNKNOWN_PENALTY;
                }
            }
        }
        if (place.dutchLevel() != null) {
            if (criteria.dutchLevel() == null) {
                reasons.add(Reason.of(
                        Tone.UNKNOWN, "dutch.unknown", place.dutchLevel().name()));
                penalty += UNKNOWN_PENALTY;
            } else if (criteria.dutchLevel().compareTo(place.dutchLevel()) < 0) {
                reasons.add(Reason.of(
                        Tone.BLOCK,
                        "dutch.tooLow",
                        place.dutchLevel().name(),
                        criteria.dutchLevel().name()));
            } else {
                reasons.add(Reason.of(Tone.FIT, "dutch.ok", place.dutchLevel().name()));
            }
        }
        if (place.requiresConductCertificate()) {
            switch (criteria.conductProblem()) {
                case NO -> reasons.add(Reason.of(Tone.FIT, "conduct.ok"));
                case YES -> reasons.add(Reason.of(Tone.BLOCK, "conduct.problem"));
                case UNKNOWN -> {
                    reasons.add(Reason.of(Tone.UNKNOWN, "conduct.unknown"));
                    penalty += UNKNOWN_PENALTY;
                }
            }
        }

        // hours (hard when too many, soft otherwise)
        double hoursFit;
        Integer available = criteria.hoursAvailable();
        if (available == null) {
            hoursFit = 0.5;
            reasons.add(Reason.of(Tone.UNKNOWN, "hours.unknown", place.hoursMin(), place.hoursMax()));
        } else if (place.hoursMin() > available) {
            hoursFit = 0;
            reasons.add(Reason.of(Tone.BLOCK, "hours.tooMany", place.hoursMin(), available));
        } else if (place.hoursMax() <= available) {
            hoursFit = 1.0;
            reasons.add(Reason.of(Tone.FIT, "hours.fit", place.hoursMin(), place.hoursMax(), available));
        } else {
            hoursFit = 0.7;
            reasons.add(Reason.of(Tone.FIT, "hours.partly", place.hoursMin(), place.hoursMax(), available));
        }

        // distance (hard beyond the maximum, soft otherwise)
        double distanceFit;
        if (youth.home() == null || place.location() == null) {
            distanceFit = 0.3;
            reasons.add(Reason.of(Tone.UNKNOWN, "distance.unknown"));
        } else {
            Travel.Distance d = Travel.between(youth.home(), place.location());
            String km = kilometres(d.km());
            if (d.minutes() > criteria.maxTravelMinutes()) {
                distanceFit = 0;
                reasons.add(Reason.of(Tone.BLOCK, "distance.tooFar", km, d.minutes(), criteria.maxTravelMinutes()));
            } else {
                distanceFit = 1.0 - (double) d.minutes() / Math.max(1, criteria.maxTravelMinutes());
                distanceFit = Math.max(0.1, distanceFit);
                reasons.add(Reason.of(Tone.FIT, "distance.within", km, d.minutes()));
            }
        }

        // sector against interests
        double sectorFit;
        if (!youth.hasScan() || youth.interests().isEmpty()) {
            sectorFit = 0.5;
            reasons.add(Reason.of(Tone.UNKNOWN, youth.hasScan() ? "sector.noInterests" : "sector.noScan"));
        } else if (youth.interests().contains(place.sector())) {
            sectorFit = 1.0;
            reasons.add(Reason.of(Tone.FIT, "sector.fits", place.sector()));
        } else {
            sectorFit = 0;
            reasons.add(Reason.of(Tone.CONCERN, "sector.other", place.sector()));
        }

        // support where the scan shows a need
        double supportFit;
        boolean offers = place.offersWorkplaceMentor() || place.offersJobCoach();
        String offered = place.offersWorkplaceMentor() && place.offersJobCoach()
                ? "both"
                : place.offersJobCoach() ? "jobCoach" : "mentor";
        if (!youth.hasScan()) {
            supportFit = offers ? 0.6 : 0.4;
            reasons.add(Reason.of(Tone.UNKNOWN, offers ? "support.unknown." + offered : "support.unknown.none"));
        } else if (!youth.lowDomains().isEmpty()) {
            supportFit = offers ? 1.0 : 0;
            reasons.add(
                    offers
                            ? Reason.of(Tone.FIT, "support.needMet." + offered)
                            : Reason.of(Tone.CONCERN, "support.needUnmet"));
        } else {
            supportFit = offers ? 0.6 : 0.5;
            if (offers) {
                reasons.add(Reason.of(Tone.FIT, "support.offered." + offered));
            }
        }

        // start date
        double bonus = 0;
        if (place.startDate() == null) {
            bonus = START_BONUS / 2;
            reasons.add(Reason.of(Tone.FIT, "start.open"));
        } else {
            long days = ChronoUnit.DAYS.between(today, place.startDate());
            if (days <= 30) {
                bonus = START_BONUS;
                reasons.add(Reason.of(Tone.FIT, "start.soon", place.startDate()));
            } else if (days > 90) {
                reasons.add(Reason.of(Tone.CONCERN, "start.late", place.startDate()));
            } else {
                bonus = START_BONUS / 2;
                reasons.add(Reason.of(Tone.FIT, "start.later", place.startDate()));
            }
        }

        boolean eligible = reasons.stream().noneMatch(r -> r.tone() == Tone.BLOCK);
        double weighted = weights.total() == 0
                ? 0
                : 100.0
                        * (weights.sector() * sectorFit
                                + weights.distance() * distanceFit
                                + weights.hours() * hoursFit
                                + weights.support() * supportFit)
                        / weights.total();
        double score = eligible ? Math.max(0, weighted + bonus - penalty) : 0;
        List<Reason> ordered = new ArrayList<>(reasons);
        ordered.sort(java.util.Comparator.comparingInt(r -> switch (r.tone()) {
            case BLOCK -> 0;
            case FIT -> 1;
            case UNKNOWN -> 2;
            case CONCERN -> 3;
        }));
        return new Assessment(place.id(), eligible, Math.round(score * 10) / 10.0, ordered);
    }

    /** Kilometres for people: "800 m" below 1 km, then one decimal below 10 km, whole km above. */
    static String kilometres(double km) {
        if (km < 1) {
            return Math.max(100, Math.round(km * 10) * 100) + " m";
        }
        if (km < 10) {
            return String.format(java.util.Locale.ROOT, "%.1f km", km).replace('.', ',');
        }
        return Math.round(km) + " km";
    }
}
