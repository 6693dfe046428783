package nl.overstap.signal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DutchTime;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Iedereen in beeld": for a coordinator, every signalled youth of the region with owner, status and
 * age, and the counts by source, municipality and status (one scan with grouping sets). The list behind
 * every count is the same filter on the same table, so the numbers and the rows cannot drift apart.
 */
@Service
public class SignalMonitor {

    private final JdbcClient jdbc;
    private final Signals signals;
    private final Clock clock;

    SignalMonitor(JdbcClient jdbc, Signals signals, Clock clock) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.clock = clock;
    }

    /** One line of a cut: the key (an enum name, or UNKNOWN) and its counts. */
    public record Count(String key, long open, long overdue, long unowned, long closed, long total) {}

    /** The three cuts and the totals. */
    public record Counts(List<Count> bySource, List<Count> byMunicipality, List<Count> byStatus, Count totals) {}

    /** The cuts of the counts. */
    enum Cut {
        SOURCE,
        MUNICIPALITY,
        STATUS
    }

    public static boolean mayMonitor(CurrentUser user) {
        return user.is(Role.COORDINATOR);
    }

    /**
     * The three cuts in one scan of the region's signals (grouping sets), and the totals from the
     * status cut.
     */
    @Transactional(readOnly = true)
    public Counts counts(CurrentUser user) {
        requireCoordinator(user);
        java.util.Map<Cut, List<Count>> cuts = new java.util.EnumMap<>(Cut.class);
        for (Cut cut : Cut.values()) {
            cuts.put(cut, new java.util.ArrayList<>());
        }
        jdbc.sql("""
                        select case when grouping(s.source) = 0 then 'SOURCE'
                                    when grouping(s.place) = 0 then 'MUNICIPALITY' else 'STATUS' end as cut,
                               coalesce(s.source, s.place, s.status) as k,
                               count(*) filter (where s.status = 'OPEN') as open,
                               count(*) filter (where s.status = 'OPEN' and s.first_contact_due < :today) as overdue,
                               count(*) filter (where s.status = 'OPEN' and s.assigned_organisation_id is null) as unowned,
                               count(*) filter (where s.status <> 'OPEN') as closed,
                               count(*) as total
                          from (select source, coalesce(municipality, 'UNKNOWN') as place, status, first_contact_due,
                                       assigned_organisation_id
                                  from signal where region = :region) s
                         group by grouping sets ((s.source), (s.place), (s.status))
                         order by 1, 2
                        """)
                .param("region", user.region())
                .param("today", DutchTime.today(clock))
                .query((rs, n) -> cuts.get(Cut.valueOf(rs.getString("cut")))
                        .add(new Count(
                                rs.getString("k"),
                                rs.getLong("open"),
                                rs.getLong("overdue"),
                                rs.getLong("unowned"),
                                rs.getLong("closed"),
                                rs.getLong("total"))))
                .list();
        List<Count> byStatus = cuts.get(Cut.STATUS);
        Count totals = new Count(
                "TOTAL",
                byStatus.stream().mapToLong(Count::open).sum(),
                byStatus.stream().mapToLong(Count::overdue).sum(),
                byStatus.stream().mapToLong(Count::unowned).sum(),
                byStatus.stream().mapToLong(Count::closed).sum(),
                byStatus.stream().mapToLong(Count::total).sum());
        return new Counts(cuts.get(Cut.SOURCE), cuts.get(Cut.MUNICIPALITY), byStatus, totals);
    }

    /**
     * The signals of the region behind a count: without an owner first, then overdue, then open by
     * deadline, then closed ones, newest first. Paged; the shown rows are logged as listed.
     */
    @Transactional
    public SignalViews.RowPage list(CurrentUser user, MonitorFilter filter, int page) {
        requireCoordinator(user);
        int safePage = Math.max(0, page);
        LocalDate today = DutchTime.today(clock);
        String where = " where s.region = :region" + filter.sql();
        long total = bind(jdbc.sql("select count(*) from signal s" + where), user, filter, today)
                .query(Long.class)
                .single();
        List<SignalViews.Row> rows = bind(jdbc.sql(Signals.ROW_SELECT + where + """
                                 order by (s.status = 'OPEN' and s.assigned_organisation_id is null) desc,
                                          (s.status = 'OPEN' and s.first_contact_due < :today) desc,
                                          (s.status = 'OPEN') desc,
                                          case when s.status = 'OPEN' then s.first_contact_due end,
                                          s.signalled_on desc, s.id
                                 limit :limit offset :offset
                                """), user, filter, today)
                .param("limit", Signals.PAGE_SIZE + 1)
                .param("offset", safePage * Signals.PAGE_SIZE)
                .query(Signals::row)
                .list();
        return signals.page(user, rows, safePage, total);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec, CurrentUser user, MonitorFilter filter, LocalDate today) {
        spec = spec.param("region", user.region()).param("today", today);
        if (filter.status() != null) {
            spec = spec.param("fStatus", filter.status().name());
        }
        if (filter.source() != null) {
            spec = spec.param("fSource", filter.source().name());
        }
        if (filter.municipality() != null && !MonitorFilter.UNKNOWN.equals(filter.municipality())) {
            spec = spec.param("fMunicipality", filter.municipality());
        }
        return spec;
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!mayMonitor(user)) {
            throw new NotFoundException();
        }
    }
}
