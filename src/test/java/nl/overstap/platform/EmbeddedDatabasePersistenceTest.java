package nl.overstap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data directory: what was written survives a restart. */
class EmbeddedDatabasePersistenceTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOfTheEmbeddedDatabase() throws Exception {
        try (EmbeddedPostgres first = start();
                Connection connection = first.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (name text)");
            statement.execute("insert into kept values ('nog hier')");
        }
        try (EmbeddedPostgres second = start();
                Connection connection = second.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select name from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("nog hier");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
    }

    /** Starts it exactly as the application does, on the same data directory each time. */
    private EmbeddedPostgres start() {
        return new EmbeddedDatabaseConfiguration().embeddedPostgres(dataDir.toString(), false);
    }
}
