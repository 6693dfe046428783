package nl.overstap.signal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Sends COPY blocks over the connection of the current transaction on one background thread, in the
 * order they were handed over, so that PostgreSQL writes one block while the import reads and checks
 * the next. The connection is taken in the caller's thread (where the transaction is bound) and is
 * only ever used by one thread at a time: the caller does no other statement until {@link #finish()}.
 * At most two blocks wait; a failed block fails the next hand-over, and {@link #close()} always waits
 * for the thread before the transaction may roll back.
 */
final class ListImportCopier implements AutoCloseable {

    private static final int MAX_WAITING = 2;

    private final DataSource dataSource;
    private final Connection connection;
    private final CopyManager copy;
    private final ExecutorService thread;
    private final Deque<Future<Long>> waiting = new ArrayDeque<>();

    ListImportCopier(DataSource dataSource) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            this.copy = new CopyManager(connection.unwrap(BaseConnection.class));
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new DataAccessResourceFailureException("No PostgreSQL connection for COPY", e);
        }
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "list-import-copy");
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Queues one block of COPY text for the statement. */
    void send(String statement, String rows) {
        while (waiting.size() >= MAX_WAITING) {
            await(waiting.removeFirst());
        }
        waiting.addLast(thread.submit(() -> copy.copyIn(statement, new StringReader(rows))));
    }

    /** Waits until every block is written; throws if any failed. */
    void finish() {
        while (!waiting.isEmpty()) {
            await(waiting.removeFirst());
        }
    }

    private static void await(Future<Long> block) {
        try {
            block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("Interrupted while writing the import", e);
        } catch (ExecutionException e) {
            throw new DataAccessResourceFailureException("COPY into the import tables failed", e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                // a block is still being written: the transaction must not end under it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
