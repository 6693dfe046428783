package nl.overstap.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL 17 (zonky binaries) when no external database is configured. Its data
 * directory is kept between runs, so the demo region survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${overstap.data-dir}") String dataDir, @Value("${overstap.embedded.clean:false}") boolean clean) {
        try {
            Path directory = Path.of(dataDir, "postgres").toAbsolutePath();
            Files.createDirectories(directory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "60")
                    // bulk loads (the national data set, ADR 0018) without a checkpoint every gigabyte of WAL
                    .setServerConfig("max_wal_size", "4GB")
                    .setLocaleConfig("encoding", "UTF8")
                    // Unicode-aware lower()/upper() without depending on the machine's OS locales
                    .setLocaleConfig("locale-provider", "builtin")
                    .setLocaleConfig("builtin-locale", "C.UTF-8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dataDir, e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedPostgres postgres, @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("overstap-embedded");
        return new HikariDataSource(config);
    }

    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
