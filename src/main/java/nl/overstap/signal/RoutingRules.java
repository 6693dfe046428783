package nl.overstap.signal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.shared.Choices;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** The coordinator's routing rules for their region: which coaching organisation gets which new signals. */
@Service
public class RoutingRules {

    private final JdbcClient jdbc;
    private final Signals signals;
    private final Clock clock;

    RoutingRules(JdbcClient jdbc, Signals signals, Clock clock) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.clock = clock;
    }

    /** A rule as listed; null parts mean "any". */
    public record Rule(
            UUID id,
            @Nullable String municipality,
            @Nullable String programmeName,
            @Nullable SignalSource source,
            String organisationName,
            int priority) {}

    @Transactional(readOnly = true)
    public List<Rule> list(CurrentUser user) {
        requireCoordinator(user);
        return jdbc.sql("""
                        select r.id, r.municipality, p.name as programme, r.source, o.name as organisation, r.priority
                          from signal_routing_rule r
                          join organisation o on o.id = r.organisation_id
                          left join programme p on p.id = r.programme_id
                         where r.region = :region
                         order by (r.municipality is not null)::int + (r.programme_id is not null)::int
                                  + (r.source is not null)::int desc, r.priority, r.created_at
                        """)
                .param("region", user.region())
                .query((rs, n) -> new Rule(
                        rs.getObject("id", UUID.class),
                        rs.getString("municipality"),
                        rs.getString("programme"),
                        rs.getString("source") == null ? null : SignalSource.valueOf(rs.getString("source")),
                        rs.getString("organisation"),
                        rs.getInt("priority")))
                .list();
    }

    /** Adds a rule; false when {@code errors} got field errors. */
    @Transactional
    public boolean add(CurrentUser user, RoutingRuleForm form, Errors errors) {
        requireCoordinator(user);
        Optional<Municipality> municipality = Choices.parse(Municipality.class, form.municipality());
        if (!ReportValidator.blank(form.municipality()) && municipality.isEmpty()) {
            errors.rejectValue("municipality", "signal.rule.error.municipality");
        }
        Optional<SignalSource> source = Choices.parse(SignalSource.class, form.source());
        if (!ReportValidator.blank(form.source()) && source.isEmpty()) {
            errors.rejectValue("source", "signal.rule.error.source");
        }
        if (form.programmeId() != null
                && signals.programmes().stream().noneMatch(p -> p.id().equals(form.programmeId()))) {
            errors.rejectValue("programmeId", "signal.rule.error.programme");
        }
        if (form.organisationId() == null
                || signals.coachingOrganisations(user.region()).stream()
                        .noneMatch(o -> o.id().equals(form.organisationId()))) {
            errors.rejectValue("organisationId", "signal.rule.error.organisation");
        }
        Integer priority = null;
        try {
            priority = Integer.valueOf(
                    form.priority() == null ? "" : form.priority().strip());
        } catch (NumberFormatException e) {
            priority = null;
        }
        if (priority == null || priority < 0 || priority > 1000) {
            errors.rejectValue("priority", "signal.rule.error.priority");
        }
        if (errors.hasErrors()) {
            return false;
        }
        jdbc.sql("""
                        insert into signal_routing_rule (id, region, municipality, programme_id, source, organisation_id,
                                                         priority, created_at, created_by)
                        values (:id, :region, :municipality, :programme, :source, :org, :priority, :now, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("region", user.region())
                .param("municipality", municipality.map(Enum::name).orElse(null))
                .param("programme", form.programmeId())
                .param("source", source.map(Enum::name).orElse(null))
                .param("org", form.organisationId())
                .param("priority", priority)
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("by", user.id())
                .update();
        return true;
    }

    /** Removes a rule of the user's region; anything else is 404. */
    @Transactional
    public void remove(CurrentUser user, UUID ruleId) {
        requireCoordinator(user);
        int rows = jdbc.sql("delete from signal_routing_rule where id = :id and region = :region")
                .param("id", ruleId)
                .param("region", user.region())
                .update();
        if (rows != 1) {
            throw new NotFoundException();
        }
    }

    private static void requireCoordinator(CurrentUser user) {
        if (!user.is(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
    }
}
