package nl.overstap.match;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.placement.PlaceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for proposals and their steps; reads the place table (owned by placement) read-only. */
@Repository
class MatchRepository {

    private final JdbcClient jdbc;

    MatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a proposal needs to know about a place. */
    record Place(
            UUID id,
            UUID organisationId,
            String organisationName,
            String region,
            PlaceKind kind,
            String sector,
            String title,
            String description,
            String municipality,
            int hoursMin,
            int hoursMax,
            @Nullable LocalDate startDate,
            int capacity,
            boolean open,
            int started) {

        boolean hasRoom() {
            return open && started < capacity;
        }
    }

    Optional<Place> place(UUID placeId) {
        return jdbc.sql("""
                        select p.id, p.organisation_id, o.name as organisation_name, p.region, p.kind, p.sector, p.title,
                               p.description, p.municipality, p.hours_min, p.hours_max, p.start_date, p.capacity, p.open,
                               (select count(*) from match_proposal m where m.place_id = p.id and m.status = 'STARTED') as started
                          from place p join organisation o on o.id = p.organisation_id
                         where p.id = :id
                        """)
                .param("id", placeId)
                .query((rs, n) -> new Place(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("organisation_name"),
                        rs.getString("region"),
                        PlaceKind.valueOf(rs.getString("kind")),
                        rs.getString("sector"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getString("municipality"),
                        rs.getInt("hours_min"),
                        rs.getInt("hours_max"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getInt("capacity"),
                        rs.getBoolean("open"),
                        rs.getInt("started")))
                .optional();
    }

    /** The open trajectory of a youth: id and phase, if any. */
    record OpenTrajectory(UUID id, String phase) {}

    Optional<OpenTrajectory> openTrajectory(UUID youthId) {
        return jdbc.sql("select id, phase from trajectory where youth_id = :youth and phase <> 'CLOSED'")
                .param("youth", youthId)
                .query((rs, n) -> new OpenTrajectory(rs.getObject("id", UUID.class), rs.getString("phase")))
                .optional();
    }

    boolean isOpenTrajectoryCoachedBy(UUID trajectoryId, UUID coachId) {
        return jdbc.sql(
                        "select exists (select 1 from trajectory where id = :id and coach_id = :coach and phase <> 'CLOSED')")
                .param("id", trajectoryId)
                .param("coach", coachId)
                .query(Boolean.class)
                .single();
    }

    boolean hasOpenProposal(UUID youthId, UUID placeId) {
        return jdbc.sql("""
                        select exists (select 1 from match_proposal where youth_id = :youth and place_id = :place
                                          and status in ('PROPOSED', 'INTRODUCTION', 'TRIAL'))
                        """)
                .param("youth", youthId)
                .param("place", placeId)
                .query(Boolean.class)
                .single();
    }

    Optional<MatchProposal> find(UUID id) {
        return jdbc.sql("select * from match_proposal where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    void insert(MatchProposal m, @Nullable Integer hours, @Nullable String note, UUID by, Instant now) {
        jdbc.sql("""
                        insert into match_proposal (id, youth_id, trajectory_id, place_id, organisation_id, status,
                                                    hours_available, note, proposed_by, proposed_at, updated_at)
                        values (:id, :youth, :trajectory, :place, :org, :status, :hours, :note, :by, :now, :now)
                        """)
                .param("id", m.id())
                .param("youth", m.youthId())
                .param("trajectory", m.trajectoryId())
                .param("place", m.placeId())
                .param("org", m.organisationId())
                .param("status", m.status().name())
                .param("hours", hours)
                .param("note", note)
                .param("by", by)
                .param("now", Timestamp.from(now))
                .update();
    }

    void update(MatchProposal m, Instant now) {
        int changed = jdbc.sql("""
                        update match_proposal
                           set status = :status, start_date = :start, declined_by = :declinedBy, close_reason = :reason,
                               updated_at = :now, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("status", m.status().name())
                .param("start", m.startDate())
                .param(
                        "declinedBy",
                        m.declinedBy() == null ? null : m.declinedBy().name())
                .param("reason", m.closeReason())
                .param("now", Timestamp.from(now))
                .param("id", m.id())
                .param("version", m.version())
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("match_proposal " + m.id() + " changed meanwhile");
        }
    }

    void appendStep(MatchStepRecorded e, @Nullable String note) {
        jdbc.sql("""
                        insert into match_step (id, match_id, from_status, to_status, actor, occurred_on, note, recorded_by,
                                                recorded_at)
                        values (:id, :match, :from, :to, :actor, :on, :note, :by, :at)
                        """)
                .param("id", UUID.randomUUID())
                .param("match", e.matchId())
                .param("from", e.from() == null ? null : e.from().name())
                .param("to", e.to().name())
                .param("actor", e.actor().name())
                .param("on", e.occurredOn())
                .param("note", note)
                .param("by", e.recordedBy())
                .param("at", Timestamp.from(e.recordedAt()))
                .update();
    }

    /** One proposal as a list or page shows it. */
    record Row(
            UUID id,
            UUID youthId,
            UUID placeId,
            String placeTitle,
            PlaceKind placeKind,
            String placeMunicipality,
            UUID organisationId,
            String organisationName,
            MatchStatus status,
            @Nullable Integer hoursAvailable,
            @Nullable String note,
            @Nullable LocalDate startDate,
            @Nullable MatchActor declinedBy,
            @Nullable String closeReason,
            Instant proposedAt,
            Instant updatedAt) {}

    private static final String ROWS = """
            select m.id, m.youth_id, m.place_id, p.title, p.kind, p.municipality as place_municipality,
                   m.organisation_id, o.name as organisation_name, m.status, m.hours_available, m.note, m.start_date,
                   m.declined_by, m.close_reason, m.proposed_at, m.updated_at
              from match_proposal m
              join place p on p.id = m.place_id
              join organisation o on o.id = m.organisation_id
            """;

    List<Row> ofYouth(UUID youthId) {
        return jdbc.sql(ROWS + " where m.youth_id = :youth order by m.proposed_at desc")
                .param("youth", youthId)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<Row> row(UUID matchId) {
        return jdbc.sql(ROWS + " where m.id = :id")
                .param("id", matchId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** A step in a proposal's history. */
    record Step(
            UUID matchId,
            @Nullable MatchStatus from,
            MatchStatus to,
            MatchActor actor,
            LocalDate occurredOn,
            @Nullable String note,
            String recordedBy) {}

    List<Step> steps(List<UUID> matchIds) {
        if (matchIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select s.match_id, s.from_status, s.to_status, s.actor, s.occurred_on, s.note, a.display_name
                          from match_step s join account a on a.id = s.recorded_by
                         where s.match_id in (:ids)
                         order by s.recorded_at, s.id
                        """)
                .param("ids", matchIds)
                .query((rs, n) -> {
                    String from = rs.getString("from_status");
                    return new Step(
                            rs.getObject("match_id", UUID.class),
                            from == null ? null : MatchStatus.valueOf(from),
                            MatchStatus.valueOf(rs.getString("to_status")),
                            MatchActor.valueOf(rs.getString("actor")),
                            rs.getObject("occurred_on", LocalDate.class),
                            rs.getString("note"),
                            rs.getString("display_name"));
                })
                .list();
    }

    private static Row row(ResultSet rs) throws SQLException {
        String declinedBy = rs.getString("declined_by");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getObject("place_id", UUID.class),
                rs.getString("title"),
                PlaceKind.valueOf(rs.getString("kind")),
                rs.getString("place_municipality"),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"),
                MatchStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("hours_available"),
                rs.getString("note"),
                rs.getObject("start_date", LocalDate.class),
                declinedBy == null ? null : MatchActor.valueOf(declinedBy),
                rs.getString("close_reason"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static MatchProposal map(ResultSet rs) throws SQLException {
        String declinedBy = rs.getString("declined_by");
        return new MatchProposal(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getObject("trajectory_id", UUID.class),
                rs.getObject("place_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                MatchStatus.valueOf(rs.getString("status")),
                rs.getObject("start_date", LocalDate.class),
                declinedBy == null ? null : MatchActor.valueOf(declinedBy),
                rs.getString("close_reason"),
                rs.getInt("version"));
    }

    /** The anonymous profile's facts (never health, justice, debts, youth care, BSN, name or contact). */
    record ProfileFacts(
            LocalDate dateOfBirth,
            String municipality,
            String educationStatus,
            String startQualification,
            List<String> interests,
            @Nullable String talents) {}

    ProfileFacts profile(UUID youthId) {
        return jdbc.sql("""
                        select y.date_of_birth, y.municipality, y.education_status, y.start_qualification,
                               s.interests, s.talents
                          from youth y
                          left join lateral (select sc.interests, sc.talents from scan sc where sc.youth_id = y.id
                                              order by sc.scan_date desc, sc.created_at desc limit 1) s on true
                         where y.id = :youth
                        """)
                .param("youth", youthId)
                .query((rs, n) -> {
                    java.sql.Array interests = rs.getArray("interests");
                    return new ProfileFacts(
                            rs.getObject("date_of_birth", LocalDate.class),
                            rs.getString("municipality"),
                            rs.getString("education_status"),
                            rs.getString("start_qualification"),
                            interests == null ? List.of() : List.of((String[]) interests.getArray()),
                            rs.getString("talents"));
                })
                .single();
    }

    /** Name and contact details, read only after the consent decision allowed them. */
    record Identity(
            String name, @Nullable String phone, @Nullable String email) {}

    Identity identity(UUID youthId) {
        return jdbc.sql("""
                        select coalesce(preferred_name, given_names) || ' ' || family_name as name, phone, email
                          from youth where id = :youth
                        """)
                .param("youth", youthId)
                .query((rs, n) -> new Identity(rs.getString("name"), rs.getString("phone"), rs.getString("email")))
                .single();
    }

    /** The proposals to one organisation's places, newest change first (one page). */
    record EmployerRow(
            UUID id,
            String placeTitle,
            MatchStatus status,
            LocalDate dateOfBirth,
            String municipality,
            Instant updatedAt,
            UUID youthId) {}

    List<EmployerRow> toOrganisation(UUID organisationId, int limit) {
        return jdbc.sql("""
                        select m.id, p.title, m.status, y.date_of_birth, y.municipality, m.updated_at, m.youth_id
                          from match_proposal m
                          join place p on p.id = m.place_id
                          join youth y on y.id = m.youth_id
                         where m.organisation_id = :org
                         order by (m.status in ('PROPOSED', 'INTRODUCTION', 'TRIAL')) desc, m.updated_at desc
                         limit :limit
                        """)
                .param("org", organisationId)
                .param("limit", limit)
                .query((rs, n) -> new EmployerRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        MatchStatus.valueOf(rs.getString("status")),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("municipality"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getObject("youth_id", UUID.class)))
                .list();
    }

    String organisationKind(UUID organisationId) {
        return jdbc.sql("select kind from organisation where id = :id")
                .param("id", organisationId)
                .query(String.class)
                .optional()
                .orElse("");
    }
}
