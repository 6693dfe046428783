package nl.overstap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access log partitioned by month (V0029): the shape of the table, the append-only rule on the
 * partitioned table, and the job that keeps months ready ahead (idempotent, fills gaps).
 */
@IntegrationTest
class AccessLogPartitionsIntegrationTest {

    @Autowired
    AccessLogPartitions partitions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<RecurringTask<?>> recurringTasks;

    @Test
    void theAccessLogIsPartitionedByRangeOnOccurredAtWithThePartitionKeyInThePrimaryKey() {
        assertThat(jdbc.sql("""
                        select pg_get_partkeydef(c.oid) from pg_class c where c.relname = 'access_log'""").query(String.class).single()).isEqualTo("RANGE (occurred_at)");
        assertThat(jdbc.sql("""
                        select pg_get_constraintdef(k.oid) from pg_constraint k
                         where k.conrelid = 'access_log'::regclass and k.contype = 'p'""").query(String.class).single()).isEqualTo("PRIMARY KEY (id, occurred_at)");
        assertThat(jdbc.sql("""
                        select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid
                         where i.inhparent = 'access_log'::regclass and c.relpartbound is not null
                           and pg_get_expr(c.relpartbound, c.oid) = 'DEFAULT'""").query(Long.class).single())
                .as("no default partition (fail closed, ADR 0018)")
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from pg_indexes where tablename = 'access_log'
                           and indexname in ('access_log_youth_ix', 'access_log_account_ix')""").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from pg_constraint where confrelid = 'access_log'::regclass")
                        .query(Long.class)
                        .single())
                .as("nothing references access_log")
                .isZero();
    }

    @Test
    void theCurrentMonthAndTheMonthsAheadExistAndAnotherRunCreatesNothing() {
        partitions.ensureAhead();

        assertThat(partitions.ensureAhead()).isZero();
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        for (int i = 0; i <= partitions.monthsAhead(); i++) {
            LocalDate m = month.plusMonths(i);
            assertThat(exists(m)).as(m.toString()).isTrue();
        }
    }

    @Test
    void aMissingMonthInARangeIsCreatedAndOnlyThat() {
        LocalDate far = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).plusYears(5);
        assertThat(partitions.ensure(far, far.plusMonths(2))).isEqualTo(3);
        jdbc.sql("drop table " + name(far.plusMonths(1))).update();

        assertThat(partitions.ensure(far, far.plusMonths(2))).isEqualTo(1);
        assertThat(exists(far.plusMonths(1))).isTrue();
        assertThat(partitions.ensure(far, far.plusMonths(2))).isZero();
    }

    @Test
    void rowsLandInTheirMonthAndStayAppendOnly() {
        UUID youth = UUID.randomUUID();
        jdbc.sql("""
                        insert into access_log (event_type, outcome, youth_id, object_type, object_id, legal_basis)
                        values ('READ', 'ALLOWED', :youth, 'youth', :youth, 'test')""").param("youth", youth).update();

        String partition = jdbc.sql("select tableoid::regclass::text from access_log where youth_id = :youth")
                .param("youth", youth)
                .query(String.class)
                .single();
        assertThat(partition).isEqualTo(name(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1)));
        assertThatThrownBy(() -> jdbc.sql("update access_log set role = 'X' where youth_id = :youth")
                        .param("youth", youth)
                        .update())
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where youth_id = :youth")
                        .param("youth", youth)
                        .update())
                .hasStackTraceContaining("append-only");
    }

    @Test
    void aRowOutsideEveryPartitionIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into access_log (occurred_at, event_type, outcome, legal_basis)
                                values (timestamptz '1990-01-01 00:00:00+00', 'READ', 'ALLOWED', 'test')""").update()).hasStackTraceContaining("no partition");
    }

    @Test
    void theJobIsARecurringDbSchedulerTask() {
        assertThat(recurringTasks).anyMatch(t -> t.getName().equals(AccessLogPartitions.TASK_NAME));
    }

    private boolean exists(LocalDate month) {
        return jdbc.sql("select to_regclass(:name) is not null")
                .param("name", name(month))
                .query(Boolean.class)
                .single();
    }

    private static String name(LocalDate month) {
        return String.format("access_log_y%04dm%02d", month.getYear(), month.getMonthValue());
    }
}
