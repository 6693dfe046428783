package nl.overstap.youth;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every column that references {@code youth(id)}, read from the PostgreSQL catalog at run time, so a
 * table added by a later migration is merged too. Each has a {@link Handling}; a column that is not
 * listed in {@link #KNOWN} is moved like any other, and {@code YouthMergeColumnsTest} fails until
 * someone has looked at its unique constraints and listed it.
 */
@Component
class YouthMergeColumns {

    /** What a merge does with the rows of one referencing column. */
    enum Handling {
        /** The duplicate's rows move to the survivor (conflicts are refused by {@link MergePolicy}). */
        MOVE,
        /** One row per youth (the column is the key): moves only when the survivor has none; otherwise it stays. */
        MOVE_IF_SURVIVOR_HAS_NONE,
        /** Bookkeeping of merges themselves: never moved. */
        NOT_MOVED
    }

    /** One referencing column, with the primary key of its table (null when there is no single-column key). */
    record Column(String table, String column, @Nullable String primaryKey) {

        String key() {
            return table + "." + column;
        }

        Handling handling() {
            Handling known = KNOWN.get(key());
            if (known != null) {
                return known;
            }
            return column.equals(primaryKey) ? Handling.MOVE_IF_SURVIVOR_HAS_NONE : Handling.MOVE;
        }
    }

    /**
     * Every column referencing a youth in the migrations up to V0026, with why its handling is safe.
     * Conflicts under a unique rule are refused by {@link MergePolicy} before anything moves.
     */
    static final Map<String, Handling> KNOWN = Map.ofEntries(
            // one open trajectory per youth: MergePolicy refuses two open ones
            Map.entry("trajectory.youth_id", Handling.MOVE),
            // one current record per youth x organisation x category: MergePolicy refuses overlaps
            Map.entry("consent_record.youth_id", Handling.MOVE),
            Map.entry("emergency_access.youth_id", Handling.MOVE),
            Map.entry("key_person.youth_id", Handling.MOVE),
            Map.entry("youth_change.youth_id", Handling.MOVE),
            Map.entry("legal_hold_change.youth_id", Handling.MOVE),
            // one open request per youth: MergePolicy refuses any open request
            Map.entry("erasure_request.youth_id", Handling.MOVE),
            Map.entry("scan.youth_id", Handling.MOVE),
            Map.entry("plan_goal.youth_id", Handling.MOVE),
            Map.entry("plan_action.youth_id", Handling.MOVE),
            // the agreement with the youth: the survivor's own agreement counts
            Map.entry("plan_agreement.youth_id", Handling.MOVE_IF_SURVIVOR_HAS_NONE),
            // one open escalation per action: the actions move along, so no conflict
            Map.entry("escalation.youth_id", Handling.MOVE),
            Map.entry("meeting_case.youth_id", Handling.MOVE),
            Map.entry("signal.youth_id", Handling.MOVE),
            // one open proposal per youth x place: a merge that would break it is refused (unique check)
            Map.entry("match_proposal.youth_id", Handling.MOVE),
            Map.entry("followup_placement.youth_id", Handling.MOVE),
            Map.entry("followup_checkin.youth_id", Handling.MOVE),
            // derived from trajectory and scan by triggers (V0024): refreshed when those rows move
            Map.entry("match_pool.youth_id", Handling.NOT_MOVED),
            Map.entry("youth.merged_into_id", Handling.NOT_MOVED),
            Map.entry("youth_merge.survivor_id", Handling.NOT_MOVED),
            Map.entry("youth_merge.merged_id", Handling.NOT_MOVED));

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcClient jdbc;

    YouthMergeColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All single-column foreign keys to youth(id), sorted by table and column. */
    List<Column> all() {
        return jdbc.sql("""
                        select cl.relname as table_name, a.attname as column_name,
                               (select case when cardinality(pk.conkey) = 1 then pa.attname end
                                  from pg_constraint pk
                                  join pg_attribute pa on pa.attrelid = pk.conrelid and pa.attnum = pk.conkey[1]
                                 where pk.conrelid = c.conrelid and pk.contype = 'p') as primary_key
                          from pg_constraint c
                          join pg_class cl on cl.oid = c.conrelid
                          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                         where c.contype = 'f' and c.confrelid = 'youth'::regclass and cardinality(c.conkey) = 1
                         order by cl.relname, a.attname
                        """)
                .query((rs, n) -> new Column(
                        identifier(rs.getString("table_name")),
                        identifier(rs.getString("column_name")),
                        rs.getString("primary_key") == null ? null : identifier(rs.getString("primary_key"))))
                .list();
    }

    /** Only plain lower-case identifiers from the catalog are ever put into SQL, quoted. */
    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalStateException("Unexpected identifier in the catalog");
        }
        return name;
    }

    static String quoted(String identifier) {
        return "\"" + identifier(identifier) + "\"";
    }
}
