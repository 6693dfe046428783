package nl.overstap.signal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores the triage state of a signal, with optimistic locking on {@code version}. */
@Repository
class SignalRepository {

    private final JdbcClient jdbc;

    SignalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Signal> find(UUID id) {
        return jdbc.sql("""
                        select id, region, status, assigned_organisation_id, first_contact_due, youth_id, trajectory_id,
                               version
                          from signal where id = :id
                        """).param("id", id).query(SignalRepository::map).optional();
    }

    /** Stores the outcome; fails when someone else changed the signal since {@code expectedVersion}. */
    void close(
            SignalClosed closed,
            int expectedVersion,
            @Nullable UUID trajectoryId,
            @Nullable UUID referredTo,
            @Nullable String note) {
        int rows = jdbc.sql("""
                        update signal
                           set status = :status, youth_id = coalesce(:youth, youth_id),
                               trajectory_id = coalesce(:trajectory, trajectory_id), referred_to_organisation_id = :referred,
                               outcome_note = :note, closed_at = :at, closed_by = :by, version = version + 1
                         where id = :id and version = :version and status = 'OPEN'
                        """)
                .param("status", closed.outcome().name())
                .param("youth", closed.youthId())
                .param("trajectory", trajectoryId)
                .param("referred", referredTo)
                .param("note", note)
                .param("at", Timestamp.from(closed.closedAt()))
                .param("by", closed.closedBy())
                .param("id", closed.signalId())
                .param("version", expectedVersion)
                .update();
        requireOne(rows);
    }

    void assign(Signal signal, int expectedVersion) {
        int rows = jdbc.sql("""
                        update signal set assigned_organisation_id = :org, version = version + 1
                         where id = :id and version = :version and status = 'OPEN'
                        """)
                .param("org", signal.assignedOrganisationId())
                .param("id", signal.id())
                .param("version", expectedVersion)
                .update();
        requireOne(rows);
    }

    /** An outreach attempt also bumps the version, so a concurrent outcome sees the new attempt count. */
    void addAttempt(
            UUID signalId,
            int expectedVersion,
            OutreachKind kind,
            java.time.LocalDate on,
            boolean reached,
            @Nullable String note,
            UUID by,
            Instant at) {
        int rows = jdbc.sql("update signal set version = version + 1 where id = :id and version = :version")
                .param("id", signalId)
                .param("version", expectedVersion)
                .update();
        requireOne(rows);
        jdbc.sql("""
                        insert into outreach_attempt (id, signal_id, kind, attempted_on, reached, note, created_at,
                                                      created_by)
                        values (:id, :signal, :kind, :on, :reached, :note, :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("signal", signalId)
                .param("kind", kind.name())
                .param("on", on)
                .param("reached", reached)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    int attempts(UUID signalId) {
        return jdbc.sql("select count(*) from outreach_attempt where signal_id = :id")
                .param("id", signalId)
                .query(Integer.class)
                .single();
    }

    private static void requireOne(int rows) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("signal changed concurrently");
        }
    }

    private static Signal map(ResultSet rs, int row) throws SQLException {
        return new Signal(
                rs.getObject("id", UUID.class),
                rs.getString("region"),
                SignalStatus.valueOf(rs.getString("status")),
                rs.getObject("assigned_organisation_id", UUID.class),
                rs.getObject("first_contact_due", java.time.LocalDate.class),
                rs.getObject("youth_id", UUID.class),
                rs.getObject("trajectory_id", UUID.class),
                rs.getInt("version"));
    }
}
