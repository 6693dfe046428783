package nl.overstap.results;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.overstap.results.ResultTable.Row;
import nl.overstap.results.ResultTable.Shown;
import nl.overstap.results.ResultsReader.Option;
import nl.overstap.shared.CsvLines;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The results dashboards: who may see them (analysts and coordinators, their own region; a national
 * account all regions), the cut, and the tables of one cut as shown and as CSV. Reads only the
 * aggregate tables, so nothing here touches a person.
 */
@Service
class Results {

    /** The region of accounts that see every region. */
    static final String NATIONAL = "NL";

    private static final Logger LOG = LoggerFactory.getLogger(Results.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final ResultsReader reader;
    private final Texts texts;
    private final Clock clock;

    Results(ResultsReader reader, MessageSource messages, Clock clock) {
        this.reader = reader;
        this.texts = new Texts(messages);
        this.clock = clock;
    }

    /** The values of the cut form. */
    record Options(
            List<Option> regions, List<Option> municipalities, List<Option> programmes, List<Option> organisations) {}

    /** One dashboard page. */
    record Page(
            Cut cut,
            boolean national,
            boolean mayDrill,
            Sections.Headline headline,
            List<ResultTable> tables,
            String refreshed,
            Options options,
            String query) {}

    static void requireReader(CurrentUser user) {
        if (!user.is(Role.ANALYST) && !user.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
    }

    static boolean national(CurrentUser user) {
        return NATIONAL.equals(user.region());
    }

    @Transactional(readOnly = true)
    public Page page(CurrentUser user, CutRequest request) {
        requireReader(user);
        Cut cut = cut(user, request);
        boolean mayDrill = user.is(Role.COORDINATOR);
        String query = query(cut, national(user));
        Sections sections = sections(cut, mayDrill, query);
        Map<String, List<Option>> all = reader.options(cut.region(), national(user));
        List<Option> municipalities = all.getOrDefault("MUNICIPALITY", List.of()).stream()
                .map(o -> new Option(o.value(), sections.municipalityLabel(o.value())))
                .toList();
        List<Option> regions = all.getOrDefault("REGION", List.of()).stream()
                .filter(o -> !national(user) || !Cut.ALL.equals(o.value()))
                .distinct()
                .toList();
        Options options = new Options(
                national(user) ? regions : List.of(),
                municipalities,
                all.getOrDefault("PROGRAMME", List.of()),
                all.getOrDefault("ORGANISATION", List.of()));
        Map<String, String> partnerNames = new LinkedHashMap<>();
        all.getOrDefault("PARTNER", List.of()).forEach(o -> partnerNames.put(o.value(), o.label()));
        return new Page(
                cut,
                national(user),
                mayDrill,
                sections.headline(),
                tables(cut, sections, partnerNames),
                refreshedText(),
                options,
                query);
    }

    /** Writes every table of the cut as shown on the page, one after the other, as CSV. */
    @Transactional(readOnly = true)
    public void writeCsv(CurrentUser user, CutRequest request, Writer out) throws IOException {
        requireReader(user);
        Cut cut = cut(user, request);
        Sections sections = sections(cut, false, "");
        out.write('\ufeff');
        CsvLines.writeLine(out, List.of(texts.get("results.csv.title"), describe(cut), refreshedText()));
        CsvLines.writeLine(out, List.of(sections.headline().text()));
        Map<String, String> partnerNames = new LinkedHashMap<>();
        reader.options(cut.region(), "PARTNER").forEach(o -> partnerNames.put(o.value(), o.label()));
        for (ResultTable table : tables(cut, sections, partnerNames)) {
            out.write("\r\n");
            CsvLines.writeLine(out, List.of(table.title()));
            CsvLines.writeLine(out, table.columns());
            for (Row row : table.rows()) {
                CsvLines.writeLine(out, line(row));
            }
            if (table.total() != null) {
                CsvLines.writeLine(out, line(table.total()));
            }
        }
        // Aggregates are no personal data: an application log line records the export (no ids of youths).
        LOG.info("Results CSV exported by account {} (role {}) for region {}", user.id(), user.role(), cut.region());
    }

    Cut cut(CurrentUser user, CutRequest request) {
        Set<String> regions = new HashSet<>();
        if (national(user)) {
            reader.options(Cut.ALL, "REGION").forEach(o -> regions.add(o.value()));
        }
        return request.resolve(user.region(), national(user), regions, YearMonth.now(clock.withZone(DutchTime.ZONE)));
    }

    private Sections sections(Cut cut, boolean mayDrill, String query) {
        return new Sections(
                reader.cells(cut),
                texts,
                (measure, key) -> mayDrill ? drillHref(query, measure, key) : null,
                cut.from(),
                cut.to());
    }

    private List<ResultTable> tables(Cut cut, Sections sections, Map<String, String> partnerNames) {
        List<ResultTable> tables = new ArrayList<>();
        tables.add(sections.sources());
        if (cut.municipality() == null) {
            tables.add(sections.municipalities(reader.perMunicipality(cut)));
        }
        tables.add(sections.months());
        tables.add(sections.funnel());
        tables.add(sections.outcomes());
        tables.add(sections.held());
        tables.add(sections.timeToPlacement());
        tables.add(sections.contacts());
        tables.add(sections.scores());
        tables.add(sections.partners(partnerNames));
        tables.add(sections.satisfaction());
        return tables;
    }

    private static List<String> line(Row row) {
        List<String> fields = new ArrayList<>();
        fields.add(row.label());
        row.values().stream().map(Shown::text).forEach(fields::add);
        return fields;
    }

    private String describe(Cut cut) {
        return texts.get("results.csv.period", texts.month(cut.from()), texts.month(cut.to()));
    }

    String refreshedText() {
        return reader.refreshed()
                .map(r -> {
                    ZonedDateTime at = r.at().atZone(DutchTime.ZONE);
                    LocalDate today = DutchTime.today(clock);
                    return at.toLocalDate().equals(today)
                            ? texts.get("results.refreshed.today", TIME.format(at))
                            : texts.get("results.refreshed.on", DATE.format(at), TIME.format(at));
                })
                .orElseGet(() -> texts.get("results.refreshed.never"));
    }

    /** The query string of a cut: codes, ids and months only. */
    static String query(Cut cut, boolean national) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (national && !Cut.ALL.equals(cut.region())) {
            b.queryParam("region", cut.region());
        }
        if (cut.municipality() != null) {
            b.queryParam("municipality", cut.municipality());
        }
        if (cut.programme() != null) {
            b.queryParam("programme", cut.programme());
        }
        if (cut.organisation() != null) {
            b.queryParam("organisation", cut.organisation());
        }
        b.queryParam("from", cut.from()).queryParam("to", cut.to());
        return b.encode().build().getQuery();
    }

    private static String drillHref(String query, String measure, @Nullable String key) {
        return "/results/trajectories?measure=" + measure + (key == null ? "" : "&key=" + key) + "&" + query;
    }
}
