package nl.overstap.trajectory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores the trajectory aggregate and appends its phase history. */
@Repository
class TrajectoryRepository {

    private final JdbcClient jdbc;

    TrajectoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Trajectory> find(UUID id) {
        return jdbc.sql("select * from trajectory where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    boolean hasOpenTrajectory(UUID youthId) {
        return jdbc.sql("select exists (select 1 from trajectory where youth_id = :y and phase <> 'CLOSED')")
                .param("y", youthId)
                .query(Boolean.class)
                .single();
    }

    void insert(Trajectory t) {
        jdbc.sql("""
                        insert into trajectory (id, youth_id, organisation_id, coach_id, programme_id, start_date, phase,
                                                phase_entered_at)
                        values (:id, :youth, :org, :coach, :programme, :start, :phase, :entered)
                        """)
                .param("id", t.id())
                .param("youth", t.youthId())
                .param("org", t.organisationId())
                .param("coach", t.coachId())
                .param("programme", t.programmeId())
                .param("start", t.startDate())
                .param("phase", t.phase().name())
                .param("entered", Timestamp.from(t.phaseEnteredAt()))
                .update();
    }

    /** Stores the new state; fails when someone else changed the trajectory in between. */
    void update(Trajectory t) {
        int rows = jdbc.sql("""
                        update trajectory
                           set coach_id = :coach, phase = :phase, phase_entered_at = :entered, outcome = :outcome,
                               end_reason = :endReason, closed_at = :closedAt,
                               satisfaction_score = :score, would_recommend = :recommend, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("coach", t.coachId())
                .param("phase", t.phase().name())
                .param("entered", Timestamp.from(t.phaseEnteredAt()))
                .param("outcome", t.outcome() == null ? null : t.outcome().name())
                .param("endReason", t.endReason() == null ? null : t.endReason().name())
                .param("closedAt", t.closedAt() == null ? null : Timestamp.from(t.closedAt()))
                .param("score", t.satisfaction().score(), java.sql.Types.SMALLINT)
                .param("recommend", t.satisfaction().wouldRecommend(), java.sql.Types.BOOLEAN)
                .param("id", t.id())
                .param("version", t.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("trajectory changed concurrently");
        }
    }

    void appendHistory(PhaseEntered event, @Nullable String reason) {
        jdbc.sql("""
                        insert into phase_change (id, trajectory_id, from_phase, to_phase, kind, reason, changed_at,
                                                  changed_by)
                        values (:id, :trajectory, :from, :to, :kind, :reason, :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("trajectory", event.trajectoryId())
                .param("from", event.from() == null ? null : event.from().name())
                .param("to", event.to().name())
                .param("kind", event.kind().name())
                .param("reason", reason)
                .param("at", Timestamp.from(event.at()))
                .param("by", event.changedBy())
                .update();
    }

    /**
     * Recomputes "last contact" from the contacts themselves: the newest contact that reached
     * someone and was not replaced by a correction.
     */
    void recomputeLastContact(UUID trajectoryId) {
        jdbc.sql("""
                        update trajectory t
                           set last_contact_at = (select max(c.occurred_at) from contact c
                                                   where c.trajectory_id = t.id and coalesce(c.reached, true)
                                                     and not exists (select 1 from contact k where k.corrects_id = c.id))
                         where t.id = :id
                        """).param("id", trajectoryId).update();
    }

    private static Trajectory map(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        String endReason = rs.getString("end_reason");
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Trajectory(
                rs.getObject("id", UUID.class),
                rs.getObject("youth_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("coach_id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getObject("start_date", LocalDate.class),
                Phase.valueOf(rs.getString("phase")),
                rs.getTimestamp("phase_entered_at").toInstant(),
                outcome == null ? null : Outcome.valueOf(outcome),
                endReason == null ? null : EndReason.valueOf(endReason),
                closedAt == null ? null : closedAt.toInstant(),
                new Satisfaction(
                        rs.getObject("satisfaction_score", Integer.class),
                        rs.getObject("would_recommend", Boolean.class)),
                rs.getInt("version"));
    }
}
