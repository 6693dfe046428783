package nl.overstap.youth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds youths within the user's scope by name, date of birth or BSN (typed in full, matched by
 * keyed hash; shown masked). Each search is logged, and so is every youth it shows.
 */
@Service
public class YouthSearch {

    static final int MAX_RESULTS = 50;

    private static final String SELECT = """
            select y.id, y.given_names, y.family_name, y.preferred_name, y.date_of_birth, y.municipality,
                   y.bsn_encrypted
              from youth y
             where y.merged_into_id is null and\s""";

    private final JdbcClient jdbc;
    private final BsnProtector bsnProtector;
    private final AccessLog accessLog;

    YouthSearch(JdbcClient jdbc, BsnProtector bsnProtector, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.bsnProtector = bsnProtector;
        this.accessLog = accessLog;
    }

    /** What kind of term the user typed. */
    public enum TermKind {
        NAME,
        DATE_OF_BIRTH,
        BSN
    }

    /** Search results; {@code truncated} when more than {@link #MAX_RESULTS} matched. */
    public record Result(TermKind kind, List<YouthSummary> youths, boolean truncated) {}

    @Transactional
    public Result search(CurrentUser user, String term) {
        if (!YouthScope.seesYouths(user)) {
            throw new NotFoundException();
        }
        String trimmed = term.trim();
        Optional<Bsn> bsn = Bsn.parse(trimmed);
        Optional<LocalDate> birth = FormParsing.date(trimmed);
        TermKind kind = bsn.isPresent() ? TermKind.BSN : birth.isPresent() ? TermKind.DATE_OF_BIRTH : TermKind.NAME;
        List<YouthSummary> found = switch (kind) {
            case BSN -> query(user, "y.bsn_hash = :hash", "hash", bsnProtector.hash(bsn.get()));
            case DATE_OF_BIRTH -> query(user, "y.date_of_birth = :birth", "birth", birth.get());
            case NAME -> byName(user, trimmed);
        };
        boolean truncated = found.size() > MAX_RESULTS;
        List<YouthSummary> shown = truncated ? found.subList(0, MAX_RESULTS) : found;
        accessLog.allowed(new AccessEvent(
                AccessEventType.SEARCH,
                user,
                null,
                "youth-search:" + kind.name().toLowerCase(Locale.ROOT),
                null,
                EnumSet.of(DataCategory.BASIC),
                "task:" + user.role().name().toLowerCase(Locale.ROOT)));
        accessLog.listed(user, shown.stream().map(YouthSummary::id).toList(), EnumSet.of(DataCategory.BASIC));
        return new Result(kind, shown, truncated);
    }

    boolean bsnKnownInScope(CurrentUser user, String bsnHash) {
        return !query(user, "y.bsn_hash = :hash", "hash", bsnHash).isEmpty();
    }

    private List<YouthSummary> byName(CurrentUser user, String term) {
        String[] words = term.split("\\s+");
        StringBuilder where = new StringBuilder(YouthScope.predicate(user, "y.organisation_id"));
        List<String> patterns = new ArrayList<>();
        // every word must start a word somewhere in the names: "de jong" finds "Sanne de Jong"
        for (int i = 0; i < words.length && i < 4; i++) {
            where.append(" and lower(' ' || y.given_names || ' ' || coalesce(y.preferred_name, '') || ' '"
                            + " || y.family_name) like lower(:w")
                    .append(i)
                    .append(')');
            patterns.add("% " + escapeLike(words[i]) + "%");
        }
        var spec = jdbc.sql(SELECT + where + " order by y.family_name, y.given_names limit " + (MAX_RESULTS + 1))
                .param("scopeOrganisation", user.organisationId())
                .param("scopeRegion", user.region());
        for (int i = 0; i < patterns.size(); i++) {
            spec = spec.param("w" + i, patterns.get(i));
        }
        return spec.query((rs, n) -> map(rs)).list();
    }

    private List<YouthSummary> query(CurrentUser user, String condition, String name, Object value) {
        return jdbc.sql(SELECT + YouthScope.predicate(user, "y.organisation_id") + " and " + condition
                        + " order by y.family_name, y.given_names limit " + (MAX_RESULTS + 1))
                .param("scopeOrganisation", user.organisationId())
                .param("scopeRegion", user.region())
                .param(name, value)
                .query((rs, n) -> map(rs))
                .list();
    }

    private YouthSummary map(java.sql.ResultSet rs) throws java.sql.SQLException {
        String encrypted = rs.getString("bsn_encrypted");
        return new YouthSummary(
                rs.getObject("id", UUID.class),
                rs.getString("given_names"),
                rs.getString("family_name"),
                rs.getString("preferred_name"),
                rs.getObject("date_of_birth", LocalDate.class),
                rs.getString("municipality"),
                encrypted == null ? null : bsnProtector.decryptMasked(encrypted));
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
