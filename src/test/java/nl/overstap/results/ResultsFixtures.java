package nl.overstap.results;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** For tests outside this package: a fresh results region whose accounts can log in, refreshed. */
@Component
public class ResultsFixtures {

    private final JdbcClient jdbc;
    private final ResultsRefresh refresh;

    ResultsFixtures(JdbcClient jdbc, ResultsRefresh refresh) {
        this.jdbc = jdbc;
        this.refresh = refresh;
    }

    /** The accounts and the headline of a fresh region (see {@link ResultsRegion}). */
    public record Region(String analyst, String coordinator, String headline) {}

    public Region freshRegionWithLogins() {
        ResultsRegion region = new ResultsRegion(jdbc);
        jdbc.sql("""
                        update account set password_hash = (select password_hash from account where username = 'analyst')
                         where username in (:analyst, :coordinator)
                        """)
                .param("analyst", region.analyst)
                .param("coordinator", region.coordinator)
                .update();
        refresh.refreshNow();
        return new Region(region.analyst, region.coordinator, ResultsIntegrationTest.HEADLINE);
    }
}
