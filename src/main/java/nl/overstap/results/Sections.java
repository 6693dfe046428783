package nl.overstap.results;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import nl.overstap.assessment.LifeDomain;
import nl.overstap.results.ResultTable.Row;
import nl.overstap.results.ResultTable.Shown;
import nl.overstap.results.ResultsReader.Cell;
import nl.overstap.results.ResultsReader.MunicipalityCell;
import org.jspecify.annotations.Nullable;

/**
 * Turns the cells of one cut into the tables of the dashboard, applying {@link SmallCellPolicy} to
 * every count, share and mean. The same tables are shown on the page and written to the CSV.
 */
final class Sections {

    static final List<String> SOURCES = List.of(
            "RMC_DUO",
            "YOUTH_CARE_18",
            "SCHOOL",
            "POLICE_JUSTICE",
            "UWV",
            "MUNICIPALITY",
            "NEIGHBOURHOOD_TEAM",
            "SELF_REFERRAL",
            "OTHER");
    static final List<String> PHASES = List.of("SCOUT", "SCAN", "MATCH", "BORG");
    static final List<String> OUTCOMES =
            List.of("EDUCATION", "WORK", "EDUCATION_AND_WORK", "SUPPORTED_WORK", "DAY_ACTIVITIES", "NONE");
    static final int[] MARKS = {1, 3, 6, 12};
    static final List<String> WAVES = List.of("W3", "W6", "W12");
    /** The thirteen life domains of the scan, in the scan's order. */
    static final List<String> DOMAINS =
            Arrays.stream(LifeDomain.values()).map(Enum::name).toList();

    /** What a hidden small count shows, and what a secondarily hidden count shows. */
    static final String SMALL = "<5";

    static final String SECONDARY = "x";

    private final List<Cell> cells;
    private final Texts t;
    private final BiFunction<String, @Nullable String, @Nullable String> drill;
    private final YearMonth from;
    private final YearMonth to;

    /**
     * @param drill the drill-down link of a measure and key, or null (analysts never get one)
     */
    Sections(
            List<Cell> cells,
            Texts texts,
            BiFunction<String, @Nullable String, @Nullable String> drill,
            YearMonth from,
            YearMonth to) {
        this.cells = cells;
        this.t = texts;
        this.drill = drill;
        this.from = from;
        this.to = to;
    }

    // ---------------------------------------------------------------------------------------------
    // Headline
    // ---------------------------------------------------------------------------------------------

    /** The pilot-style headline, with links for coordinators. */
    record Headline(
            String text,
            @Nullable String startedHref,
            @Nullable String reachedHref) {}

    Headline headline() {
        long started = n("STARTED", "");
        long reached = total("STARTED", "");
        if (started == 0) {
            return new Headline(t.get("results.headline.none"), null, null);
        }
        String startedHref = drill.apply("STARTED", null);
        String reachedHref = drill.apply("REACHED", null);
        if (SmallCellPolicy.small(started)) {
            return new Headline(t.get("results.headline.suppressed"), startedHref, null);
        }
        if (SmallCellPolicy.small(reached) || SmallCellPolicy.small(started - reached)) {
            String key = SmallCellPolicy.small(reached) ? "results.headline.few" : "results.headline.most";
            return new Headline(t.get(key, t.count(started)), startedHref, reachedHref);
        }
        WilsonInterval interval = WilsonInterval.of95(reached, started);
        return new Headline(
                t.get(
                        "results.headline",
                        t.count(started),
                        t.count(reached),
                        t.percent((double) reached / started),
                        t.percent(interval.low()),
                        t.percent(interval.high())),
                startedHref,
                reachedHref);
    }

    // ---------------------------------------------------------------------------------------------
    // Inflow
    // ---------------------------------------------------------------------------------------------

    ResultTable sources() {
        List<String> labels = new ArrayList<>();
        long[][] counts = new long[SOURCES.size()][1];
        for (int i = 0; i < SOURCES.size(); i++) {
            labels.add(t.get("signal.source." + SOURCES.get(i)));
            counts[i][0] = n("SIGNAL", SOURCES.get(i));
        }
        return countTable(
                "inflow-sources",
                "results.sources",
                List.of(t.get("results.col.source"), t.get("results.col.signals")),
                labels,
                counts,
                null,
                true);
    }

    ResultTable municipalities(List<MunicipalityCell> perMunicipality) {
        Map<String, long[]> byMunicipality = new TreeMap<>();
        for (MunicipalityCell cell : perMunicipality) {
            long[] row = byMunicipality.computeIfAbsent(cell.municipality(), m -> new long[2]);
            row[cell.measure().equals("SIGNAL") ? 0 : 1] += cell.n();
        }
        List<String> labels = new ArrayList<>();
        long[][] counts = new long[byMunicipality.size()][];
        int i = 0;
        for (Map.Entry<String, long[]> entry : byMunicipality.entrySet()) {
            labels.add(municipalityLabel(entry.getKey()));
            counts[i++] = entry.getValue();
        }
        return countTable(
                "inflow-municipalities",
                "results.municipalities",
                List.of(t.get("results.col.municipality"), t.get("results.col.signals"), t.get("results.col.started")),
                labels,
                counts,
                null,
                false);
    }

    String municipalityLabel(String code) {
        return code.equals("?") ? t.get("results.unknown") : t.orElse("municipality." + code, code);
    }

    ResultTable months() {
        List<YearMonth> months = monthsInPeriod();
        List<String> labels = new ArrayList<>();
        long[][] counts = new long[months.size()][2];
        Map<YearMonth, long[]> byMonth = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.measure().equals("SIGNAL") || cell.measure().equals("STARTED")) {
                long[] row = byMonth.computeIfAbsent(YearMonth.from(cell.month()), m -> new long[2]);
                row[cell.measure().equals("SIGNAL") ? 0 : 1] += cell.n();
            }
        }
        for (int i = 0; i < months.size(); i++) {
            labels.add(t.month(months.get(i)));
            counts[i] = byMonth.getOrDefault(months.get(i), new long[2]);
        }
        ResultTable table = countTable(
                "inflow-months",
                "results.months",
                List.of(t.get("results.col.month"), t.get("results.col.signals"), t.get("results.col.started")),
                labels,
                counts,
                null,
                false);
        return withBars(table, 1, t.get("results.months.chart"));
    }

    // ---------------------------------------------------------------------------------------------
    // Funnel and outcomes
    // ---------------------------------------------------------------------------------------------

    ResultTable funnel() {
        List<String> labels = new ArrayList<>();
        long[][] counts = new long[PHASES.size()][1];
        for (int i = 0; i < PHASES.size(); i++) {
            labels.add(t.get("phase." + PHASES.get(i)));
            counts[i][0] = n("FUNNEL", PHASES.get(i));
        }
        ResultTable table = countTable(
                "funnel",
                "results.funnel",
                List.of(t.get("results.col.furthest"), t.get("results.col.trajectories")),
                labels,
                counts,
                null,
                true);
        return withBars(table, 0, t.get("results.funnel.chart"));
    }

    ResultTable outcomes() {
        List<String> labels = new ArrayList<>();
        long[][] counts = new long[OUTCOMES.size()][1];
        for (int i = 0; i < OUTCOMES.size(); i++) {
            labels.add(t.get("outcome." + OUTCOMES.get(i)));
            counts[i][0] = n("OUTCOME", OUTCOMES.get(i));
        }
        ResultTable table = countTable(
                "outcomes",
                "results.outcomes",
                List.of(t.get("results.col.outcome"), t.get("results.col.closed")),
                labels,
                counts,
                OUTCOMES,
                true);
        return withBars(table, 0, t.get("results.outcomes.chart"));
    }

    // ---------------------------------------------------------------------------------------------
    // Still in place, time to placement
    // ---------------------------------------------------------------------------------------------

    ResultTable held() {
        Map<YearMonth, long[][]> byQuarter = new TreeMap<>();
        long[][] all = new long[MARKS.length][2];
        for (Cell cell : cells) {
            if (!cell.measure().equals("HELD")) {
                continue;
            }
            int mark = markIndex(cell.key());
            YearMonth month = YearMonth.from(cell.month());
            YearMonth quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
            long[][] row = byQuarter.computeIfAbsent(quarter, q -> new long[MARKS.length][2]);
            row[mark][0] += cell.n();
            row[mark][1] += cell.total();
            all[mark][0] += cell.n();
            all[mark][1] += cell.total();
        }
        List<String> columns = new ArrayList<>();
        columns.add(t.get("results.col.cohort"));
        List<String> markLabels = new ArrayList<>();
        for (int mark : MARKS) {
            columns.add(t.get("results.col.after", mark));
            markLabels.add(String.valueOf(mark));
        }
        List<Row> rows = new ArrayList<>();
        byQuarter.forEach((quarter, counts) -> rows.add(new Row(t.quarter(quarter), heldCells(counts))));
        Double[] shares = new Double[MARKS.length];
        for (int i = 0; i < MARKS.length; i++) {
            long n = all[i][0];
            shares[i] = SmallCellPolicy.hidesShare(all[i][1], n) ? null : (double) all[i][1] / n;
        }
        StepChart chart = rows.isEmpty()
                ? null
                : StepChart.of(t.get("results.held.chart", summary(shares)), MARKS, shares, markLabels);
        return new ResultTable(
                "held",
                t.get("results.held"),
                t.get("results.held.caption"),
                columns,
                rows,
                rows.isEmpty() ? null : new Row(t.get("results.all"), heldCells(all)),
                null,
                chart);
    }

    private String summary(Double[] shares) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < MARKS.length; i++) {
            if (shares[i] != null) {
                parts.add(t.get("results.held.point", MARKS[i], t.percent(shares[i])));
            }
        }
        return parts.isEmpty() ? t.get("results.tooFew") : String.join(", ", parts);
    }

    private List<Shown> heldCells(long[][] counts) {
        List<Shown> shown = new ArrayList<>();
        for (long[] mark : counts) {
            shown.add(Shown.of(share(mark[1], mark[0], true)));
        }
        return shown;
    }

    private static int markIndex(String key) {
        int months = Integer.parseInt(key.substring(1));
        for (int i = 0; i < MARKS.length; i++) {
            if (MARKS[i] == months) {
                return i;
            }
        }
        throw new IllegalStateException("unknown mark " + key);
    }

    ResultTable timeToPlacement() {
        WeekHistogram histogram = new WeekHistogram();
        for (Cell cell : cells) {
            if (cell.measure().equals("TTP")) {
                histogram.add(Integer.parseInt(cell.key()), cell.n());
            }
        }
        long n = histogram.n();
        boolean hidden = SmallCellPolicy.hidesSummary(n);
        Row row = new Row(
                t.get("results.ttp.row"),
                List.of(
                        Shown.of(countText(n)),
                        Shown.of(hidden ? hiddenText(n) : t.get("results.weeks", t.decimal(histogram.quantile(0.5)))),
                        Shown.of(
                                hidden
                                        ? hiddenText(n)
                                        : t.get(
                                                "results.weeksRange",
                                                t.decimal(histogram.quantile(0.25)),
                                                t.decimal(histogram.quantile(0.75))))));
        return new ResultTable(
                "time-to-placement",
                t.get("results.ttp"),
                t.get("results.ttp.caption"),
                List.of(
                        t.get("results.col.measured"),
                        t.get("results.col.count"),
                        t.get("results.col.median"),
                        t.get("results.col.middleHalf")),
                List.of(row),
                null,
                null,
                null);
    }

    // ---------------------------------------------------------------------------------------------
    // Contact intensity
    // ---------------------------------------------------------------------------------------------

    ResultTable contacts() {
        List<YearMonth> months = monthsInPeriod();
        Map<YearMonth, long[]> byMonth = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.measure().equals("CONTACTS") || cell.measure().equals("OFF_HOURS")) {
                long[] row = byMonth.computeIfAbsent(YearMonth.from(cell.month()), m -> new long[3]);
                if (cell.measure().equals("CONTACTS")) {
                    row[1] += cell.n(); // youths with a contact that month
                    row[0] += cell.total(); // contacts
                } else {
                    row[2] += cell.total(); // outside office hours
                }
            }
        }
        long[][] counts = new long[months.size()][2];
        long[] offHours = new long[months.size()];
        long[] sums = new long[3];
        for (int i = 0; i < months.size(); i++) {
            long[] row = byMonth.getOrDefault(months.get(i), new long[3]);
            counts[i][0] = row[0];
            counts[i][1] = row[1];
            offHours[i] = row[2];
            sums[0] += row[0];
            sums[1] += row[1];
            sums[2] += row[2];
        }
        boolean[][] hidden = SmallCellPolicy.suppress(counts, false, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(new Row(
                    t.month(months.get(i)),
                    contactCells(counts[i][0], counts[i][1], offHours[i], hidden[i][0], hidden[i][1])));
        }
        return new ResultTable(
                "contacts",
                t.get("results.contacts"),
                t.get("results.contacts.caption"),
                List.of(
                        t.get("results.col.month"),
                        t.get("results.col.contacts"),
                        t.get("results.col.youthsWithContact"),
                        t.get("results.col.perYouth"),
                        t.get("results.col.offHours")),
                rows,
                new Row(
                        t.get("results.total"),
                        contactCells(
                                sums[0],
                                sums[1],
                                sums[2],
                                SmallCellPolicy.small(sums[0]),
                                SmallCellPolicy.small(sums[1]))),
                null,
                null);
    }

    private List<Shown> contactCells(
            long contacts, long youths, long offHours, boolean contactsHidden, boolean youthsHidden) {
        String perYouth = youthsHidden || contactsHidden || SmallCellPolicy.hidesSummary(youths)
                ? hiddenText(youths)
                : t.decimal((double) contacts / youths);
        String off = contactsHidden ? hiddenText(contacts) : share(offHours, contacts, false);
        return List.of(
                Shown.of(countText(contacts, contactsHidden)),
                Shown.of(countText(youths, youthsHidden)),
                Shown.of(perYouth),
                Shown.of(off));
    }

    // ---------------------------------------------------------------------------------------------
    // Life-domain scores
    // ---------------------------------------------------------------------------------------------

    ResultTable scores() {
        Map<String, long[]> byKey = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.measure().equals("SCORE")) {
                long[] sum = byKey.computeIfAbsent(cell.key(), k -> new long[2]);
                sum[0] += cell.n();
                sum[1] += cell.total();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String domain : DOMAINS) {
            List<Shown> values = new ArrayList<>();
            for (String wave : WAVES) {
                long[] sum = byKey.getOrDefault(wave + ":" + domain, new long[2]);
                values.add(Shown.of(
                        sum[0] == 0
                                ? t.get("results.none")
                                : SmallCellPolicy.hidesSummary(sum[0])
                                        ? t.get("results.tooFew")
                                        : t.get(
                                                "results.change",
                                                t.signed((double) sum[1] / sum[0]),
                                                t.count(sum[0]))));
            }
            rows.add(new Row(t.get("lifeDomain." + domain), values));
        }
        List<String> columns = new ArrayList<>();
        columns.add(t.get("results.col.domain"));
        for (String wave : WAVES) {
            columns.add(t.get("results.col.wave." + wave));
        }
        return new ResultTable(
                "scores", t.get("results.scores"), t.get("results.scores.caption"), columns, rows, null, null, null);
    }

    // ---------------------------------------------------------------------------------------------
    // Partner results
    // ---------------------------------------------------------------------------------------------

    ResultTable partners(Map<String, String> partnerNames) {
        Map<String, long[]> byPartner = new LinkedHashMap<>();
        for (Cell cell : cells) {
            int column = switch (cell.measure()) {
                case "ACTION_DUE" -> 0;
                case "ACTION_OVERDUE" -> 2;
                case "ESCALATION" -> 3;
                default -> -1;
            };
            if (column < 0) {
                continue;
            }
            long[] row = byPartner.computeIfAbsent(cell.key(), k -> new long[4]);
            row[column] += cell.n();
            if (column == 0) {
                row[1] += cell.total(); // done on time
            }
        }
        List<String> partners = new ArrayList<>(byPartner.keySet());
        partners.sort((a, b) -> partnerNames.getOrDefault(a, a).compareToIgnoreCase(partnerNames.getOrDefault(b, b)));
        long[][] counts = new long[partners.size()][3];
        long[] sums = new long[4];
        for (int i = 0; i < partners.size(); i++) {
            long[] row = byPartner.get(partners.get(i));
            counts[i] = new long[] {row[0], row[2], row[3]};
            for (int c = 0; c < 4; c++) {
                sums[c] += row[c];
            }
        }
        boolean[][] hidden = SmallCellPolicy.suppress(counts, false, true);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            long[] row = byPartner.get(partners.get(i));
            rows.add(new Row(
                    partnerNames.getOrDefault(partners.get(i), t.get("results.unknown")),
                    partnerCells(row, hidden[i])));
        }
        return new ResultTable(
                "partners",
                t.get("results.partners"),
                t.get("results.partners.caption"),
                List.of(
                        t.get("results.col.organisation"),
                        t.get("results.col.due"),
                        t.get("results.col.onTime"),
                        t.get("results.col.overdue"),
                        t.get("results.col.escalations")),
                rows,
                rows.isEmpty()
                        ? null
                        : new Row(t.get("results.total"), partnerCells(sums, new boolean[] {
                            SmallCellPolicy.small(sums[0]),
                            SmallCellPolicy.small(sums[2]),
                            SmallCellPolicy.small(sums[3])
                        })),
                null,
                null);
    }

    private List<Shown> partnerCells(long[] row, boolean[] hidden) {
        return List.of(
                Shown.of(countText(row[0], hidden[0])),
                Shown.of(hidden[0] ? hiddenText(row[0]) : share(row[1], row[0], false)),
                Shown.of(countText(row[2], hidden[1])),
                Shown.of(countText(row[3], hidden[2])));
    }

    // ---------------------------------------------------------------------------------------------
    // Satisfaction
    // ---------------------------------------------------------------------------------------------

    ResultTable satisfaction() {
        long rated = n("SATISFACTION", "SCORE");
        long scoreSum = total("SATISFACTION", "SCORE");
        long answered = n("SATISFACTION", "RECOMMEND");
        long recommend = total("SATISFACTION", "RECOMMEND");
        String mean = SmallCellPolicy.hidesSummary(rated)
                ? t.get("results.tooFewData")
                : t.decimal((double) scoreSum / rated);
        String share = SmallCellPolicy.hidesSummary(answered)
                ? t.get("results.tooFewData")
                : share(recommend, answered, false);
        return new ResultTable(
                "satisfaction",
                t.get("results.satisfaction"),
                t.get("results.satisfaction.caption"),
                List.of(t.get("results.col.measured"), t.get("results.col.count"), t.get("results.col.result")),
                List.of(
                        new Row(
                                t.get("results.satisfaction.score"),
                                List.of(Shown.of(countText(rated)), Shown.of(mean))),
                        new Row(
                                t.get("results.satisfaction.recommend"),
                                List.of(Shown.of(countText(answered)), Shown.of(share)))),
                null,
                null,
                null);
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers
    // ---------------------------------------------------------------------------------------------

    /**
     * A table of counts with a total row: primary and secondary suppression per column. With {@code
     * keys}, each count of the first column links to its drill-down.
     */
    private ResultTable countTable(
            String id,
            String titleKey,
            List<String> columns,
            List<String> labels,
            long[][] counts,
            @Nullable List<String> keys,
            boolean withChart) {
        boolean[][] hidden = SmallCellPolicy.suppress(counts, false, true);
        int width = columns.size() - 1;
        long[] sums = new long[width];
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            List<Shown> values = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                sums[c] += counts[r][c];
                String href =
                        keys != null && c == 0 && counts[r][c] > 0 ? drill.apply(measureOf(id), keys.get(r)) : null;
                values.add(new Shown(countText(counts[r][c], hidden[r][c]), href));
            }
            rows.add(new Row(labels.get(r), values));
        }
        List<Shown> totals = new ArrayList<>();
        for (long sum : sums) {
            totals.add(Shown.of(countText(sum)));
        }
        ResultTable table = new ResultTable(
                id,
                t.get(titleKey),
                t.get(titleKey + ".caption"),
                columns,
                rows,
                new Row(t.get("results.total"), totals),
                null,
                null);
        return withChart ? withBars(table, 0, t.get(titleKey + ".chart")) : table;
    }

    private static String measureOf(String tableId) {
        return tableId.equals("outcomes") ? "OUTCOME" : tableId.toUpperCase(java.util.Locale.ROOT);
    }

    /** Adds horizontal bars of one column of a count table (hidden values get no bar). */
    private ResultTable withBars(ResultTable table, int column, String label) {
        List<String> labels = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        for (Row row : table.rows()) {
            String text = row.values().get(column).text();
            labels.add(row.label());
            shown.add(text);
            boolean isHidden = text.equals(SMALL) || text.equals(SECONDARY);
            hidden.add(isHidden);
            values.add(isHidden ? 0 : parseCount(text));
        }
        return new ResultTable(
                table.id(),
                table.title(),
                table.caption(),
                table.columns(),
                table.rows(),
                table.total(),
                table.rows().isEmpty() ? null : BarChart.of(label, labels, shown, values, hidden),
                null);
    }

    private static long parseCount(String text) {
        return Long.parseLong(text.replace(".", ""));
    }

    private String countText(long n) {
        return SmallCellPolicy.small(n) ? SMALL : t.count(n);
    }

    private String countText(long n, boolean hidden) {
        if (!hidden) {
            return t.count(n);
        }
        return SmallCellPolicy.small(n) ? SMALL : SECONDARY;
    }

    /** What a hidden rate or mean shows: nothing measured, or too few to show. */
    private String hiddenText(long n) {
        return n == 0 ? t.get("results.none") : t.get("results.tooFew");
    }

    /** A share as shown, or why not (nothing measured, too few). */
    private String share(long part, long whole, boolean withBase) {
        if (whole == 0) {
            return t.get("results.none");
        }
        if (SmallCellPolicy.hidesShare(part, whole)) {
            return t.get("results.tooFew");
        }
        String percent = t.percent((double) part / whole);
        return withBase ? t.get("results.shareOf", percent, t.count(whole)) : percent;
    }

    private List<YearMonth> monthsInPeriod() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth first = null;
        YearMonth last = null;
        for (Cell cell : cells) {
            YearMonth month = YearMonth.from(cell.month());
            first = first == null || month.isBefore(first) ? month : first;
            last = last == null || month.isAfter(last) ? month : last;
        }
        if (first == null || last == null) {
            return months;
        }
        YearMonth start = first.isAfter(from) ? first : from;
        YearMonth end = last.isBefore(to) ? last : to;
        for (YearMonth m = start; !m.isAfter(end) && months.size() < 600; m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private long n(String measure, String key) {
        long sum = 0;
        for (Cell cell : cells) {
            if (cell.measure().equals(measure) && cell.key().equals(key)) {
                sum += cell.n();
            }
        }
        return sum;
    }

    private long total(String measure, String key) {
        long sum = 0;
        for (Cell cell : cells) {
            if (cell.measure().equals(measure) && cell.key().equals(key)) {
                sum += cell.total();
            }
        }
        return sum;
    }
}
