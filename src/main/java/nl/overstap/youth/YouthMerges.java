package nl.overstap.youth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two youth records that are one person, explicitly and reversibly. In one transaction every
 * row of every table that references {@code youth(id)} (found in the catalog, {@link
 * YouthMergeColumns}) moves from the duplicate to the survivor; the moved rows are recorded per table
 * in {@code youth_merge}; the duplicate gets {@code merged_into_id} and disappears from every search,
 * list and file. For {@link MergePolicy#UNDO_WINDOW} the merge can be undone: exactly the recorded
 * rows move back. The access log is append-only and keeps the original ids; "wie keek mee" of the
 * survivor includes the rows of the youths merged into it. Merge and undo are logged for both ids.
 */
@Service
public class YouthMerges {

    /** One record as shown side by side before merging. */
    public record Details(
            UUID id,
            String givenNames,
            String familyName,
            @Nullable String preferredName,
            LocalDate dateOfBirth,
            String municipality,
            @Nullable String postcode,
            @Nullable String maskedBsn,
            String organisationName,
            Instant registeredAt,
            @Nullable String openTrajectoryPhase,
            Map<String, Long> rows) {

        public String displayName() {
            return (preferredName != null ? preferredName : givenNames) + " " + familyName;
        }
    }

    /** The two records to compare: the one the user came from first. */
    public record Comparison(Details youth, Details other) {}

    /** A merge into this youth that can still be undone, until {@code undoUntil}. */
    public record RecentMerge(UUID mergeId, UUID mergedId, String mergedName, Instant mergedAt, Instant undoUntil) {}

    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final BsnProtector bsnProtector;
    private final YouthMergeColumns columns;
    private final Clock clock;

    YouthMerges(
            JdbcClient jdbc, AccessLog accessLog, BsnProtector bsnProtector, YouthMergeColumns columns, Clock clock) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.bsnProtector = bsnProtector;
        this.columns = columns;
        this.clock = clock;
    }

    /** Both records side by side, for a user who may merge them; else 404. Logged as a read of both. */
    @Transactional
    public Comparison compare(CurrentUser user, UUID youthId, UUID otherId) {
        Map<UUID, MergePolicy.Side> sides = sides(List.of(youthId, otherId), false);
        requireMayMerge(user, sides, youthId, otherId, AccessEventType.READ);
        if (youthId.equals(otherId)
                || sides.get(youthId).merged()
                || sides.get(otherId).merged()) {
            deny(user, youthId, AccessEventType.READ);
            throw new NotFoundException();
        }
        Map<UUID, Map<String, Long>> rows = rowCounts(youthId, otherId);
        Map<UUID, Details> details = new LinkedHashMap<>();
        jdbc.sql("""
                        select y.id, y.given_names, y.family_name, y.preferred_name, y.date_of_birth, y.municipality,
                               y.postcode, y.bsn_encrypted, y.created_at, o.name as organisation_name,
                               (select t.phase from trajectory t where t.youth_id = y.id and t.phase <> 'CLOSED' limit 1)
                                   as open_phase
                          from youth y join organisation o on o.id = y.organisation_id
                         where y.id in (:a, :b)
                        """)
                .param("a", youthId)
                .param("b", otherId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String encrypted = rs.getString("bsn_encrypted");
                    return new Details(
                            id,
                            rs.getString("given_names"),
                            rs.getString("family_name"),
                            rs.getString("preferred_name"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getString("municipality"),
                            rs.getString("postcode"),
                            encrypted == null ? null : bsnProtector.decryptMasked(encrypted),
                            rs.getString("organisation_name"),
                            rs.getTimestamp("created_at").toInstant(),
                            rs.getString("open_phase"),
                            rows.getOrDefault(id, Map.of()));
                })
                .list()
                .forEach(d -> details.put(d.id(), d));
        Set<DataCategory> shown = EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS, DataCategory.BSN);
        for (UUID id : List.of(youthId, otherId)) {
            accessLog.allowed(AccessEvent.of(AccessEventType.READ, user, id, "youth-merge-comparison", id, shown));
        }
        return new Comparison(details.get(youthId), details.get(otherId));
    }

    /**
     * Merges {@code duplicateId} into {@code survivorId}. Refused with a {@link MergeRefusedException}
     * (nothing changed) when {@link MergePolicy} finds it unsafe; 404 when the user may not merge them.
     *
     * @return the id of the merge
     */
    @Transactional
    public UUID merge(CurrentUser user, UUID survivorId, UUID duplicateId) {
        Map<UUID, MergePolicy.Side> sides = sides(List.of(survivorId, duplicateId), true);
        requireMayMerge(user, sides, survivorId, duplicateId, AccessEventType.UPDATE);
        MergePolicy.Side survivor = sides.get(survivorId);
        MergePolicy.Side duplicate = sides.get(duplicateId);
        Optional<MergeRefusal> refusal =
                MergePolicy.check(survivor, duplicate, consentConflicts(survivorId, duplicateId));
        if (refusal.isPresent()) {
            throw new MergeRefusedException(refusal.get());
        }
        Map<String, List<String>> moved = new TreeMap<>();
        for (YouthMergeColumns.Column column : columns.all()) {
            List<String> ids = move(column, duplicateId, survivorId);
            if (!ids.isEmpty()) {
                moved.put(column.key(), ids);
            }
        }
        // the same BSN is the same youth: a survivor without one takes the duplicate's, so list imports still match
        boolean bsnCopied = survivor.bsnHash() == null && duplicate.bsnHash() != null;
        if (bsnCopied) {
            jdbc.sql("""
                            update youth s set bsn_encrypted = d.bsn_encrypted, bsn_hash = d.bsn_hash
                              from youth d where s.id = :s and d.id = :d
                            """).param("s", survivorId).param("d", duplicateId).update();
        }
        Instant now = Instant.now(clock);
        jdbc.sql("update youth set merged_into_id = :s, merged_at = :now where id = :d")
                .param("s", survivorId)
                .param("now", Timestamp.from(now))
                .param("d", duplicateId)
                .update();
        UUID mergeId = UUID.randomUUID();
        jdbc.sql("""
                        insert into youth_merge (id, survivor_id, merged_id, merged_by, merged_at, moved, bsn_copied)
                        values (:id, :s, :d, :by, :at, cast(:moved as jsonb), :bsnCopied)
                        """)
                .param("id", mergeId)
                .param("s", survivorId)
                .param("d", duplicateId)
                .param("by", user.id())
                .param("at", Timestamp.from(now))
                .param("moved", json(moved))
                .param("bsnCopied", bsnCopied)
                .update();
        logChange(user, mergeId, survivorId, duplicateId, bsnCopied);
        return mergeId;
    }

    /**
     * Undoes the latest merge into {@code survivorId}: exactly the recorded rows move back and the
     * merged record is restored. Refused after {@link MergePolicy#UNDO_WINDOW}.
     *
     * @return the id of the restored youth
     */
    @Transactional
    public UUID undo(CurrentUser user, UUID survivorId) {
        Optional<ActiveMerge> latest = jdbc.sql("""
                        select id, merged_id, merged_at, bsn_copied from youth_merge
                         where survivor_id = :s and undone_at is null
                         order by merged_at desc limit 1 for update
                        """)
                .param("s", survivorId)
                .query((rs, n) -> new ActiveMerge(
                        rs.getObject("id", UUID.class),
                        rs.getObject("merged_id", UUID.class),
                        rs.getTimestamp("merged_at").toInstant(),
                        rs.getBoolean("bsn_copied")))
                .optional();
        if (latest.isEmpty()) {
            Map<UUID, MergePolicy.Side> sides = sides(List.of(survivorId), true);
            MergePolicy.Side survivor = sides.get(survivorId);
            if (survivor == null || survivor.merged() || !MergePolicy.mayMergeOne(user, survivor)) {
                deny(user, survivorId, AccessEventType.UPDATE);
                throw new NotFoundException();
            }
            throw new MergeRefusedException(MergeRefusal.NOTHING_TO_UNDO);
        }
        ActiveMerge merge = latest.get();
        Map<UUID, MergePolicy.Side> sides = sides(List.of(survivorId, merge.mergedId()), true);
        requireMayMerge(user, sides, survivorId, merge.mergedId(), AccessEventType.UPDATE);
        Optional<MergeRefusal> refusal = MergePolicy.checkUndo(
                merge.mergedAt(), Instant.now(clock), sides.get(survivorId).merged());
        if (refusal.isPresent()) {
            throw new MergeRefusedException(refusal.get());
        }
        Map<String, YouthMergeColumns.Column> byKey =
                columns.all().stream().collect(Collectors.toMap(YouthMergeColumns.Column::key, c -> c));
        Map<String, List<String>> moved = new TreeMap<>();
        jdbc.sql("""
                        select k.key, array(select jsonb_array_elements_text(k.value)) as ids
                          from youth_merge m, jsonb_each(m.moved) k
                         where m.id = :id
                        """)
                .param("id", merge.id())
                .query((rs, n) -> Map.entry(rs.getString("key"), List.of((String[])
                        rs.getArray("ids").getArray())))
                .list()
                .forEach(e -> moved.put(e.getKey(), e.getValue()));
        for (Map.Entry<String, List<String>> entry : moved.entrySet()) {
            YouthMergeColumns.Column column = byKey.get(entry.getKey());
            if (column == null) {
                throw new MergeRefusedException(MergeRefusal.UNSAFE_TABLE);
            }
            moveBack(column, entry.getValue(), survivorId, merge.mergedId());
        }
        if (merge.bsnCopied()) {
            jdbc.sql("update youth set bsn_encrypted = null, bsn_hash = null where id = :s")
                    .param("s", survivorId)
                    .update();
        }
        Instant now = Instant.now(clock);
        jdbc.sql("update youth set merged_into_id = null, merged_at = null where id = :d")
                .param("d", merge.mergedId())
                .update();
        jdbc.sql("update youth_merge set undone_by = :by, undone_at = :now where id = :id")
                .param("by", user.id())
                .param("now", Timestamp.from(now))
                .param("id", merge.id())
                .update();
        logChange(user, merge.id(), survivorId, merge.mergedId(), merge.bsnCopied());
        return merge.mergedId();
    }

    /** The merges into this youth that can still be undone (none for a user who may not merge it). */
    @Transactional(readOnly = true)
    public List<RecentMerge> undoable(CurrentUser user, UUID survivorId) {
        MergePolicy.Side survivor = sides(List.of(survivorId), false).get(survivorId);
        if (survivor == null || !MergePolicy.mayMergeOne(user, survivor)) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        return jdbc.sql("""
                        select m.id, m.merged_id, m.merged_at,
                               coalesce(y.preferred_name, y.given_names) || ' ' || y.family_name as name
                          from youth_merge m join youth y on y.id = m.merged_id
                         where m.survivor_id = :s and m.undone_at is null and m.merged_at > :since
                         order by m.merged_at desc
                        """)
                .param("s", survivorId)
                .param("since", Timestamp.from(now.minus(MergePolicy.UNDO_WINDOW)))
                .query((rs, n) -> {
                    Instant at = rs.getTimestamp("merged_at").toInstant();
                    return new RecentMerge(
                            rs.getObject("id", UUID.class),
                            rs.getObject("merged_id", UUID.class),
                            rs.getString("name"),
                            at,
                            at.plus(MergePolicy.UNDO_WINDOW));
                })
                .list();
    }

    /** May this user merge this (visible) youth with others at all? For showing the merge links. */
    public boolean mayMerge(CurrentUser user, UUID youthId) {
        MergePolicy.Side side = sides(List.of(youthId), false).get(youthId);
        return side != null && !side.merged() && MergePolicy.mayMergeOne(user, side);
    }

    /** 404 (logged) unless this user may merge this youth with another. */
    public void requireMayMerge(CurrentUser user, UUID youthId) {
        if (!mayMerge(user, youthId)) {
            deny(user, null, AccessEventType.READ);
            throw new NotFoundException();
        }
    }

    private record ActiveMerge(UUID id, UUID mergedId, Instant mergedAt, boolean bsnCopied) {}

    private List<String> move(YouthMergeColumns.Column column, UUID from, UUID to) {
        String table = YouthMergeColumns.quoted(column.table());
        String col = YouthMergeColumns.quoted(column.column());
        try {
            return switch (column.handling()) {
                case NOT_MOVED -> List.of();
                case MOVE_IF_SURVIVOR_HAS_NONE ->
                    jdbc.sql("update " + table + " set " + col + " = :to where " + col + " = :from"
                                    + " and not exists (select 1 from " + table + " x where x." + col + " = :to)"
                                    + " returning 'all'")
                            .param("to", to)
                            .param("from", from)
                            .query(String.class)
                            .list();
                case MOVE -> {
                    if (column.primaryKey() == null) {
                        long rows = jdbc.sql("select count(*) from " + table + " where " + col + " = :from")
                                .param("from", from)
                                .query(Long.class)
                                .single();
                        if (rows > 0) {
                            throw new MergeRefusedException(MergeRefusal.UNSAFE_TABLE);
                        }
                        yield List.of();
                    }
                    yield jdbc.sql("update " + table + " set " + col + " = :to where " + col + " = :from returning "
                                    + YouthMergeColumns.quoted(column.primaryKey()) + "::text")
                            .param("to", to)
                            .param("from", from)
                            .query(String.class)
                            .list();
                }
            };
        } catch (DataIntegrityViolationException e) {
            throw new MergeRefusedException(MergeRefusal.UNSAFE_TABLE);
        }
    }

    private void moveBack(YouthMergeColumns.Column column, List<String> ids, UUID survivorId, UUID mergedId) {
        String table = YouthMergeColumns.quoted(column.table());
        String col = YouthMergeColumns.quoted(column.column());
        try {
            if (column.handling() == YouthMergeColumns.Handling.MOVE_IF_SURVIVOR_HAS_NONE
                    || column.primaryKey() == null) {
                jdbc.sql("update " + table + " set " + col + " = :merged where " + col + " = :survivor")
                        .param("merged", mergedId)
                        .param("survivor", survivorId)
                        .update();
                return;
            }
            jdbc.sql("update " + table + " set " + col + " = :merged where " + col + " = :survivor and "
                            + YouthMergeColumns.quoted(column.primaryKey()) + "::text = any (cast(:ids as text[]))")
                    .param("merged", mergedId)
                    .param("survivor", survivorId)
                    .param("ids", textArray(ids))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new MergeRefusedException(MergeRefusal.UNSAFE_TABLE);
        }
    }

    /** Rows per referencing column for both youths, in one statement. */
    private Map<UUID, Map<String, Long>> rowCounts(UUID a, UUID b) {
        List<String> parts = new ArrayList<>();
        for (YouthMergeColumns.Column column : columns.all()) {
            if (column.handling() == YouthMergeColumns.Handling.NOT_MOVED) {
                continue;
            }
            String col = YouthMergeColumns.quoted(column.column());
            parts.add("select '" + column.table() + "' as t, " + col + " as y, count(*) as n from "
                    + YouthMergeColumns.quoted(column.table()) + " where " + col + " in (:a, :b) group by " + col);
        }
        Map<UUID, Map<String, Long>> counts = new LinkedHashMap<>();
        counts.put(a, new TreeMap<>());
        counts.put(b, new TreeMap<>());
        if (parts.isEmpty()) {
            return counts;
        }
        jdbc.sql(String.join(" union all ", parts))
                .param("a", a)
                .param("b", b)
                .query((rs, n) -> {
                    counts.get(rs.getObject("y", UUID.class)).merge(rs.getString("t"), rs.getLong("n"), Long::sum);
                    return 0;
                })
                .list();
        return counts;
    }

    private int consentConflicts(UUID a, UUID b) {
        return jdbc.sql("""
                        select count(*) from (
                            select organisation_id, data_category from consent_record where youth_id = :a
                            intersect
                            select organisation_id, data_category from consent_record where youth_id = :b) x
                        """).param("a", a).param("b", b).query(Integer.class).single();
    }

    /** The facts of these youths, locked for the rest of the transaction when {@code lock}. */
    private Map<UUID, MergePolicy.Side> sides(List<UUID> ids, boolean lock) {
        Map<UUID, MergePolicy.Side> sides = new LinkedHashMap<>();
        jdbc.sql("""
                        select y.id, y.organisation_id, o.region, y.merged_into_id is not null as merged,
                               y.anonymised_at is not null as anonymised, y.legal_hold,
                               (select t.organisation_id from trajectory t
                                 where t.youth_id = y.id and t.phase <> 'CLOSED' limit 1) as open_trajectory_org,
                               exists (select 1 from erasure_request r where r.youth_id = y.id and r.status = 'OPEN')
                                   as erasure_requested, y.bsn_hash
                          from youth y join organisation o on o.id = y.organisation_id
                         where y.id = any (cast(:ids as uuid[]))
                         order by y.id
                        """ + (lock ? " for update of y" : ""))
                .param("ids", textArray(ids.stream().map(UUID::toString).toList()))
                .query((rs, n) -> new MergePolicy.Side(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("region"),
                        rs.getBoolean("merged"),
                        rs.getBoolean("anonymised"),
                        rs.getBoolean("legal_hold"),
                        rs.getObject("open_trajectory_org", UUID.class),
                        rs.getBoolean("erasure_requested"),
                        rs.getString("bsn_hash")))
                .list()
                .forEach(s -> sides.put(s.id(), s));
        return sides;
    }

    private void requireMayMerge(
            CurrentUser user, Map<UUID, MergePolicy.Side> sides, UUID a, UUID b, AccessEventType type) {
        MergePolicy.Side first = sides.get(a);
        MergePolicy.Side second = sides.get(b);
        if (first == null || second == null || !MergePolicy.mayMerge(user, first, second)) {
            deny(user, first == null ? null : a, type);
            throw new NotFoundException();
        }
    }

    private void deny(CurrentUser user, @Nullable UUID youthId, AccessEventType type) {
        accessLog.denied(AccessEvent.of(type, user, youthId, "youth-merge", youthId, EnumSet.of(DataCategory.BASIC)));
    }

    private void logChange(CurrentUser user, UUID mergeId, UUID survivorId, UUID mergedId, boolean bsnCopied) {
        Set<DataCategory> touched =
                bsnCopied ? EnumSet.of(DataCategory.BASIC, DataCategory.BSN) : EnumSet.of(DataCategory.BASIC);
        for (UUID id : List.of(survivorId, mergedId)) {
            accessLog.allowed(AccessEvent.of(AccessEventType.UPDATE, user, id, "youth-merge", mergeId, touched));
        }
    }

    /** A JSON object of string arrays; keys are catalog identifiers, values primary keys as text. */
    static String json(Map<String, List<String>> moved) {
        return moved.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":"
                        + e.getValue().stream().map(YouthMerges::quote).collect(Collectors.joining(",", "[", "]")))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A PostgreSQL text[] literal with every element quoted. */
    static String textArray(List<String> values) {
        return values.stream()
                .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
