package nl.overstap.results;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trajectories behind a count, for coordinators only and only within their region: a live query
 * (so it may differ slightly from the figures of the last refresh), one page at a time, showing name,
 * phase, coach and start month; every listed youth is written to the access log in the same
 * transaction. Analysts never get here (404).
 */
@Service
class DrillDown {

    static final int PAGE_SIZE = 50;

    /** What the count was. The SQL fragment of each is fixed here, never built from the request. */
    enum Measure {
        STARTED("t.start_date between :from and :until"),
        REACHED("t.start_date between :from and :until and (t.outcome in ('EDUCATION', 'WORK', "
                + "'EDUCATION_AND_WORK', 'SUPPORTED_WORK') or exists (select 1 from followup_placement f "
                + "where f.trajectory_id = t.id))"),
        OUTCOME("t.phase = 'CLOSED' and coalesce(t.outcome, 'NONE') = :key "
                + "and (t.closed_at at time zone :zone)::date between :from and :until");

        private final String condition;

        Measure(String condition) {
            this.condition = condition;
        }

        static @Nullable Measure parse(@Nullable String value) {
            if (value == null) {
                return null;
            }
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** One listed trajectory. */
    record Line(UUID youthId, String name, String phase, String coach, YearMonth started) {}

    /** One page of the list. */
    record Listing(Measure measure, @Nullable String key, Cut cut, List<Line> lines, long total, int page, int pages) {}

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Results results;

    DrillDown(JdbcClient jdbc, AccessLog accessLog, Results results) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.results = results;
    }

    @Transactional
    public Listing list(
            CurrentUser user, @Nullable String measureName, @Nullable String key, CutRequest request, int page) {
        if (!user.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
        Measure measure = Measure.parse(measureName);
        if (measure == null) {
            measure = Measure.STARTED;
        }
        String outcome = measure == Measure.OUTCOME && key != null && Sections.OUTCOMES.contains(key) ? key : null;
        if (measure == Measure.OUTCOME && outcome == null) {
            throw new NotFoundException();
        }
        Cut cut = results.cut(user, request);
        int current = Math.max(1, Math.min(page, 10_000));
        boolean national = Results.national(user);
        String region = national ? (Cut.ALL.equals(cut.region()) ? null : cut.region()) : user.region();
        LocalDate until = cut.to().atEndOfMonth();
        long[] total = {0};
        List<Line> lines = jdbc.sql("""
                        select y.id as youth_id, coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as name,
                               t.phase, a.display_name as coach, t.start_date, count(*) over () as total
                          from trajectory t
                          join organisation o on o.id = t.organisation_id
                          join youth y on y.id = t.youth_id
                          join account a on a.id = t.coach_id
                         where (cast(:region as text) is null or o.region = :region)
                           and (cast(:municipality as text) is null or y.municipality = :municipality)
                           and (cast(:programme as uuid) is null or t.programme_id = :programme)
                           and (cast(:organisation as uuid) is null or t.organisation_id = :organisation)
                           and""" + " " + measure.condition + """

                         order by t.start_date desc, t.id
                         limit :limit offset :offset
                        """)
                .param("region", region)
                .param("municipality", cut.municipality())
                .param("programme", cut.programme())
                .param("organisation", cut.organisation())
                .param("from", cut.firstDay())
                .param("until", until)
                .param("key", outcome)
                .param("zone", DutchTime.ZONE.getId())
                .param("limit", PAGE_SIZE)
                .param("offset", (current - 1) * PAGE_SIZE)
                .query((rs, i) -> {
                    total[0] = rs.getLong("total");
                    return new Line(
                            rs.getObject("youth_id", UUID.class),
                            rs.getString("name"),
                            rs.getString("phase"),
                            rs.getString("coach"),
                            YearMonth.from(rs.getObject("start_date", LocalDate.class)));
                })
                .list();
        accessLog.listed(
                user, lines.stream().map(Line::youthId).toList(), Set.of(DataCategory.BASIC, DataCategory.TRAJECTORY));
        int pages = (int) Math.max(1, (total[0] + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Listing(measure, outcome, cut, lines, total[0], current, pages);
    }
}
