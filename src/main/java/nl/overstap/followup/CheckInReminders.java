package nl.overstap.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a check-in's reminder: marks it as reminded (shown to the coach and the employer as "due")
 * unless it was answered or its placement ended meanwhile. Runs again harmlessly. Never logs names.
 */
@Service
class CheckInReminders {

    private final JdbcClient jdbc;
    private final Clock clock;

    CheckInReminders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this run set the reminder. */
    @Transactional
    boolean remind(UUID checkInId) {
        return jdbc.sql("""
                        update followup_checkin c set reminded_at = :now
                         where c.id = :id and c.answered_at is null and c.reminded_at is null
                           and exists (select 1 from followup_placement p where p.match_id = c.match_id and p.ended_on is null)
                        """)
                        .param("now", Timestamp.from(Instant.now(clock)))
                        .param("id", checkInId)
                        .update()
                == 1;
    }
}
