package nl.overstap.consent;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
 * A partner's list of youths: those for whom the partner's organisation has consent within an
 * active covenant, or a legal basis, for at least one category. The name appears only with consent
 * for basic details. One query per page (plus one row to know about a next page), one log statement.
 */
@Service
public class PartnerYouths {

    public static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    PartnerYouths(JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** One youth on the partner's list. */
    public record Row(UUID youthId, @Nullable String name, List<DataCategory> categories) {}

    /** A page of the list. */
    public record Page(List<Row> rows, boolean hasNext, int page) {}

    @Transactional
    public Page list(CurrentUser user, int page) {
        if (!user.is(Role.PARTNER)) {
            throw new NotFoundException();
        }
        int safePage = Math.max(0, Math.min(page, 10_000));
        List<Row> rows = jdbc.sql("""
                        with shared as (
                            select distinct theirs.organisation_id, s.data_category
                              from covenant cv
                              join covenant_party mine on mine.covenant_id = cv.id and mine.organisation_id = :org
                              join covenant_party theirs on theirs.covenant_id = cv.id
                              join covenant_share s on s.covenant_id = cv.id
                              join organisation me on me.id = :org and me.kind = s.organisation_kind
                             where cv.start_date <= :today and (cv.end_date is null or cv.end_date >= :today))
                        select y.id,
                               case when bool_or(c.data_category = 'BASIC')
                                    then coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name end as name,
                               array_agg(c.data_category order by c.data_category) as categories
                          from consent_record c
                          join organisation me on me.id = :org
                          join youth y on y.id = c.youth_id
                          left join shared sh on sh.organisation_id = y.organisation_id
                                             and sh.data_category = c.data_category
                         where c.organisation_id = :org and c.is_current and c.decision = 'GRANTED'
                           and c.withdrawn_at is null
                           and ((c.basis = 'LEGAL_BASIS' and c.statute = any (me.legal_tasks))
                                or (c.data_category <> 'BSN' and c.valid_until >= :today and sh.organisation_id is not null))
                         group by y.id
                         order by name nulls last, y.id
                         limit :limit offset :offset
                        """)
                .param("org", user.organisationId())
                .param("today", DutchTime.today(clock))
                .param("limit", PAGE_SIZE + 1)
                .param("offset", safePage * PAGE_SIZE)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class), rs.getString("name"), categories(rs.getArray("categories"))))
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        List<Row> shown = hasNext ? rows.subList(0, PAGE_SIZE) : rows;
        accessLog.listed(
                user,
                shown.stream().filter(r -> r.name() != null).map(Row::youthId).toList(),
                EnumSet.of(DataCategory.BASIC),
                "consent-or-statute");
        return new Page(List.copyOf(shown), hasNext, safePage);
    }

    private static List<DataCategory> categories(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(DataCategory::valueOf)
                .toList();
    }
}
