package nl.overstap.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a series of scans says: the change per domain between the first and the latest scan, and
 * the Big-5 summary of the latest scan. Works only on the domains it is given, so a reader who may
 * see some domains gets a summary of exactly those.
 *
 * <p>The Big-5 bucket score is the <em>lowest</em> known score of its domains, not the average: one
 * acute problem (a 1 on housing) is what the bucket must show, and an average with a 5 on
 * instrumental ADL would hide it. Unknown scores are left out; a bucket with only unknown scores has
 * no score.
 */
public final class ScanAnalysis {

    private ScanAnalysis() {}

    /**
     * One domain, first against latest scan.
     *
     * @param change latest minus first, null when either is unknown
     */
    public record Change(
            LifeDomain domain,
            @Nullable Integer first,
            @Nullable Integer latest,
            @Nullable Integer change) {

        /** "+2", "-1", "0", or empty when unknown. */
        public String signed() {
            if (change == null) {
                return "";
            }
            return change > 0 ? "+" + change : change.toString();
        }
    }

    /**
     * One Big-5 bucket of the latest scan.
     *
     * @param lowest the lowest known score of its visible domains, null when all are unknown
     */
    public record Bucket(Big5 bucket, @Nullable Integer lowest, List<LifeDomain> domains) {}

    /** The change per domain from the first to the latest of {@code scans} (any order), by scan date. */
    static List<Change> compare(List<Scan> scans, List<LifeDomain> domains) {
        if (scans.size() < 2) {
            return List.of();
        }
        Scan first = oldest(scans);
        Scan latest = newest(scans);
        List<Change> changes = new ArrayList<>();
        for (LifeDomain domain : domains) {
            Integer from = first.score(domain).orElse(null);
            Integer to = latest.score(domain).orElse(null);
            changes.add(new Change(domain, from, to, from == null || to == null ? null : to - from));
        }
        return List.copyOf(changes);
    }

    /** The Big-5 summary of one scan over the given domains; buckets without a given domain are left out. */
    static List<Bucket> big5(Scan scan, List<LifeDomain> domains) {
        Map<Big5, List<LifeDomain>> byBucket = new EnumMap<>(Big5.class);
        for (LifeDomain domain : domains) {
            byBucket.computeIfAbsent(domain.big5(), b -> new ArrayList<>()).add(domain);
        }
        List<Bucket> buckets = new ArrayList<>();
        for (Map.Entry<Big5, List<LifeDomain>> entry : byBucket.entrySet()) {
            Optional<Integer> lowest = entry.getValue().stream()
                    .map(scan::score)
                    .flatMap(Optional::stream)
                    .min(Integer::compare);
            buckets.add(new Bucket(entry.getKey(), lowest.orElse(null), List.copyOf(entry.getValue())));
        }
        return List.copyOf(buckets);
    }

    static Scan oldest(List<Scan> scans) {
        return scans.stream().min(ScanAnalysis::byDate).orElseThrow();
    }

    static Scan newest(List<Scan> scans) {
        return scans.stream().max(ScanAnalysis::byDate).orElseThrow();
    }

    /** By scan date, then by when it was entered (two scans on one day: the later entry is newer). */
    static int byDate(Scan a, Scan b) {
        int byDate = a.scanDate().compareTo(b.scanDate());
        return byDate != 0 ? byDate : a.createdAt().compareTo(b.createdAt());
    }
}
