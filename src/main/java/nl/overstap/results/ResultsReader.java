package nl.overstap.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the aggregate tables: one index range per cut, never the live tables. */
@Repository
class ResultsReader {

    /** One cell: a count and a sum of a measure and key in one month. */
    record Cell(LocalDate month, String measure, String key, long n, long total) {}

    /** A cell of one municipality (for the inflow per municipality). */
    record MunicipalityCell(String municipality, String measure, long n) {}

    /** A value the cut form offers, with what to show for it. */
    record Option(String value, String label) {}

    /** When the figures were rebuilt and how long that took. */
    record Refreshed(Instant at, long durationMs) {}

    private final JdbcClient jdbc;

    ResultsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Cell> cells(Cut cut) {
        return jdbc.sql("""
                        select month, measure, key, n, total::bigint as total
                          from results_cell
                         where region = :region and municipality = :municipality and programme = :programme
                           and organisation = :organisation and month between :from and :to
                        """)
                .param("region", cut.region())
                .param("municipality", cut.municipalityKey())
                .param("programme", cut.programmeKey())
                .param("organisation", cut.organisationKey())
                .param("from", cut.firstDay())
                .param("to", cut.lastMonth())
                .query((rs, i) -> new Cell(
                        rs.getObject("month", LocalDate.class),
                        rs.getString("measure"),
                        rs.getString("key"),
                        rs.getLong("n"),
                        rs.getLong("total")))
                .list();
    }

    List<MunicipalityCell> perMunicipality(Cut cut) {
        return jdbc.sql("""
                        select municipality, measure, sum(n)::bigint as n
                          from results_cell
                         where region = :region and programme = :programme and organisation = :organisation
                           and month between :from and :to
                           and municipality <> '*' and measure in ('SIGNAL', 'STARTED')
                         group by municipality, measure
                        """)
                .param("region", cut.region())
                .param("programme", cut.programmeKey())
                .param("organisation", cut.organisationKey())
                .param("from", cut.firstDay())
                .param("to", cut.lastMonth())
                .query((rs, i) ->
                        new MunicipalityCell(rs.getString("municipality"), rs.getString("measure"), rs.getLong("n")))
                .list();
    }

    /** All values the cut form offers for a region, by dimension, in one read. */
    java.util.Map<String, List<Option>> options(String region, boolean withRegions) {
        java.util.Map<String, List<Option>> byDimension = new java.util.HashMap<>();
        jdbc.sql("""
                        select dimension, value, label from results_dimension
                         where region = :region or (:withRegions and region = '*' and dimension = 'REGION')
                         order by dimension, label, value
                        """)
                .param("region", region)
                .param("withRegions", withRegions)
                .query((rs, i) -> byDimension
                        .computeIfAbsent(rs.getString("dimension"), d -> new java.util.ArrayList<>())
                        .add(new Option(rs.getString("value"), rs.getString("label"))))
                .list();
        return byDimension;
    }

    List<Option> options(String region, String dimension) {
        return jdbc.sql("""
                        select value, label from results_dimension
                         where region = :region and dimension = :dimension
                         order by label, value
                        """)
                .param("region", region)
                .param("dimension", dimension)
                .query((rs, i) -> new Option(rs.getString("value"), rs.getString("label")))
                .list();
    }

    Optional<Refreshed> refreshed() {
        return jdbc.sql("select refreshed_at, duration_ms from results_refresh where id = 1")
                .query((rs, i) -> new Refreshed(rs.getTimestamp("refreshed_at").toInstant(), rs.getLong("duration_ms")))
                .optional();
    }
}
