package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Routing on PostgreSQL, in a region of its own: the most specific rule wins (municipality and source
 * beat one of them beat none), ties go to the lowest priority, no rule means no owner; and the first
 * contact is due 5 working days later (fewer for urgent signals).
 */
@IntegrationTest
class SignalRouterTest {

    @Autowired
    SignalRouter router;

    @Autowired
    JdbcClient jdbc;

    String region;
    UUID general;
    UUID delft;
    UUID delftSchool;
    UUID second;

    @BeforeEach
    void aRegionOfItsOwn() {
        region = "Routeregio " + UUID.randomUUID();
        general = organisation("Algemeen");
        delft = organisation("Delft");
        delftSchool = organisation("Delft school");
        second = organisation("Tweede");
    }

    UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, name, kind, region) values (:id, :name, 'COACHING', :region)")
                .param("id", id)
                .param("name", name + " " + id)
                .param("region", region)
                .update();
        return id;
    }

    void rule(String municipality, String source, UUID organisation, int priority) {
        jdbc.sql("""
                        insert into signal_routing_rule (id, region, municipality, source, organisation_id, priority)
                        values (:id, :region, :municipality, :source, :org, :priority)
                        """)
                .param("id", UUID.randomUUID())
                .param("region", region)
                .param("municipality", municipality)
                .param("source", source)
                .param("org", organisation)
                .param("priority", priority)
                .update();
    }

    @Test
    void noRuleMeansNoOwner() {
        assertThat(router.route(region, "DELFT", null, SignalSource.SCHOOL)).isEmpty();
    }

    @Test
    void theMostSpecificRuleWinsWhateverItsPriority() {
        rule(null, null, general, 1);
        rule("DELFT", null, delft, 50);
        rule("DELFT", "SCHOOL", delftSchool, 90);
        assertThat(router.route(region, "DELFT", null, SignalSource.SCHOOL)).contains(delftSchool);
        assertThat(router.route(region, "DELFT", null, SignalSource.UWV)).contains(delft);
        assertThat(router.route(region, "DEN_HAAG", null, SignalSource.SCHOOL)).contains(general);
        assertThat(router.route(region, null, null, SignalSource.SCHOOL)).contains(general);
        assertThat(router.route("Andere regio " + UUID.randomUUID(), "DELFT", null, SignalSource.SCHOOL))
                .isEmpty();
    }

    @Test
    void amongEquallySpecificRulesTheLowestPriorityWins() {
        rule("DELFT", null, second, 20);
        rule("DELFT", null, delft, 10);
        assertThat(router.route(region, "DELFT", null, SignalSource.OTHER)).contains(delft);
    }

    @Test
    void firstContactIsDueInWorkingDaysByUrgency() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        assertThat(router.firstContactDue(friday, Urgency.NORMAL)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(router.firstContactDue(friday, Urgency.HIGH)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(router.firstContactDue(friday, Urgency.URGENT)).isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
