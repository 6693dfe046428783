package nl.overstap.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.overstap.shared.DataCategory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ScanAnalysisTest {

    private static final List<LifeDomain> ALL = List.of(LifeDomain.values());

    @Test
    void comparesFirstAndLatestScanByDateWhateverTheOrder() {
        Scan first = scan(LocalDate.of(2026, 1, 10), Map.of(LifeDomain.FINANCES, 2, LifeDomain.HOUSING, 4));
        Scan middle = scan(LocalDate.of(2026, 3, 1), Map.of(LifeDomain.FINANCES, 1));
        Scan latest = scan(LocalDate.of(2026, 6, 1), Map.of(LifeDomain.FINANCES, 4, LifeDomain.HOUSING, 3));

        List<ScanAnalysis.Change> changes = ScanAnalysis.compare(List.of(middle, latest, first), ALL);

        assertThat(changes).hasSize(13);
        assertThat(changes.get(0)).isEqualTo(new ScanAnalysis.Change(LifeDomain.FINANCES, 2, 4, 2));
        assertThat(changes.get(0).signed()).isEqualTo("+2");
        ScanAnalysis.Change housing = changes.stream()
                .filter(c -> c.domain() == LifeDomain.HOUSING)
                .findFirst()
                .orElseThrow();
        assertThat(housing.change()).isEqualTo(-1);
        assertThat(housing.signed()).isEqualTo("-1");
    }

    @Test
    void changeIsUnknownWhenEitherScoreIsUnknown() {
        Scan first = scan(LocalDate.of(2026, 1, 10), Map.of(LifeDomain.JUSTICE, 3));
        Scan latest = scan(LocalDate.of(2026, 2, 10), Map.of());

        ScanAnalysis.Change justice = ScanAnalysis.compare(List.of(first, latest), List.of(LifeDomain.JUSTICE))
                .get(0);

        assertThat(justice.first()).isEqualTo(3);
        assertThat(justice.latest()).isNull();
        assertThat(justice.change()).isNull();
        assertThat(justice.signed()).isEmpty();
    }

    @Test
    void noComparisonWithOneScan() {
        assertThat(ScanAnalysis.compare(List.of(scan(LocalDate.of(2026, 1, 1), Map.of())), ALL))
                .isEmpty();
    }

    @Test
    void big5TakesTheLowestKnownScoreOfABucketNotTheAverage() {
        Scan scan = scan(
                LocalDate.of(2026, 1, 1),
                Map.of(
                        LifeDomain.HOUSING, 1,
                        LifeDomain.INSTRUMENTAL_ADL, 5,
                        LifeDomain.MENTAL_HEALTH, 4,
                        LifeDomain.PHYSICAL_HEALTH, 2,
                        LifeDomain.FINANCES, 3));

        Map<Big5, ScanAnalysis.Bucket> buckets = new EnumMap<>(Big5.class);
        ScanAnalysis.big5(scan, ALL).forEach(b -> buckets.put(b.bucket(), b));

        assertThat(buckets).containsOnlyKeys(Big5.values());
        assertThat(buckets.get(Big5.HOUSING).lowest()).isEqualTo(1);
        assertThat(buckets.get(Big5.WELL_BEING).lowest()).isEqualTo(2);
        assertThat(buckets.get(Big5.INCOME).lowest()).isEqualTo(3);
        assertThat(buckets.get(Big5.SCHOOL_WORK).lowest())
                .as("only unknown scores")
                .isNull();
        assertThat(buckets.get(Big5.SUPPORT).domains())
                .containsExactly(
                        LifeDomain.DOMESTIC_RELATIONS, LifeDomain.SOCIAL_NETWORK, LifeDomain.SOCIAL_PARTICIPATION);
    }

    @Test
    void big5OverVisibleDomainsOnlyLeavesOtherBucketsOut() {
        Scan scan = scan(LocalDate.of(2026, 1, 1), Map.of(LifeDomain.MENTAL_HEALTH, 4, LifeDomain.JUSTICE, 1));
        List<LifeDomain> health = LifeDomain.visibleWith(java.util.Set.of(DataCategory.SCAN_HEALTH));

        List<ScanAnalysis.Bucket> buckets = ScanAnalysis.big5(scan, health);

        assertThat(buckets).hasSize(1);
        assertThat(buckets.get(0).bucket()).isEqualTo(Big5.WELL_BEING);
        assertThat(buckets.get(0).lowest())
                .as("justice is not visible, so its 1 does not count")
                .isEqualTo(4);
    }

    @Test
    void everyDomainHasAScanCategoryAndTheHealthGroupIsTheFourHealthDomains() {
        assertThat(Arrays.stream(LifeDomain.values()).map(LifeDomain::category))
                .allMatch(LifeDomain.CATEGORIES::contains);
        assertThat(LifeDomain.visibleWith(java.util.Set.of(DataCategory.SCAN_HEALTH)))
                .containsExactly(
                        LifeDomain.MENTAL_HEALTH,
                        LifeDomain.PHYSICAL_HEALTH,
                        LifeDomain.SUBSTANCE_USE,
                        LifeDomain.BASIC_ADL);
    }

    @Test
    void trendChartPutsScoresOnTheScaleAndDescribesThem() {
        Scan first = scan(LocalDate.of(2026, 1, 10), Map.of(LifeDomain.FINANCES, 1));
        Scan unknown = scan(LocalDate.of(2026, 2, 10), Map.of());
        Scan latest = scan(LocalDate.of(2026, 3, 10), Map.of(LifeDomain.FINANCES, 5));

        TrendChart chart = TrendChart.of(LifeDomain.FINANCES, List.of(first, unknown, latest));

        assertThat(chart.points()).hasSize(2);
        assertThat(chart.points().get(0).y()).isEqualTo(TrendChart.BOTTOM);
        assertThat(chart.points().get(1).y()).isEqualTo(TrendChart.TOP);
        assertThat(chart.summary()).isEqualTo("10-01-2026: 1, 10-03-2026: 5");
        assertThat(chart.polyline())
                .isEqualTo(TrendChart.LEFT + ",70 " + (TrendChart.WIDTH - TrendChart.RIGHT) + ",10");
    }

    static Scan scan(LocalDate date, Map<LifeDomain, @Nullable Integer> scores) {
        Map<LifeDomain, DomainScore> all = new EnumMap<>(LifeDomain.class);
        for (LifeDomain domain : LifeDomain.values()) {
            all.put(domain, new DomainScore(domain, scores.get(domain), null, null, null));
        }
        return new Scan(
                UUID.randomUUID(),
                UUID.randomUUID(),
                date,
                null,
                List.of(),
                null,
                List.of(Participant.YOUTH),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(date.toEpochDay()),
                all);
    }
}
