package nl.overstap.rights;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.overstap.assessment.LifeDomain;
import nl.overstap.shared.DataCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes one data category from a set of youths in one SQL statement per category, and answers
 * which youths actually changed (so a second run changes and logs nothing). The set is either one
 * youth (erasure on request) or every youth whose retention period has expired; it is given as a
 * SQL subquery that is written here, never built from input.
 *
 * <p>What each category removes:
 *
 * <ul>
 *   <li>{@code BSN}: the encrypted BSN and its hash.
 *   <li>{@code CONTACT_DETAILS}: postcode, phone and e-mail, also their old and new values in the
 *       correction history.
 *   <li>{@code CONTACT_NOTES}: free text about the youth: contact notes, phase-change reasons (not the
 *       coach's name on a reassignment), guardian notes on consent records, the outcome note and
 *       outreach notes of linked signals, the notes of match proposals and their steps, the reason a
 *       proposal closed or a place ended (a dash: the status stays) and check-in notes. Match
 *       statuses, dates and actors, and held-at-6/12-months flags and check-in answers stay, so the
 *       match and follow-up results still count the youth.
 *   <li>{@code NETWORK}: the key persons of the youth's own network (deleted).
 *   <li>{@code PLAN}: the words of goals and actions, of escalations and their steps, and of MDO
 *       case questions and decisions about the youth.
 *   <li>{@code BASIC}: names become a fixed placeholder, the preferred name goes, the date of birth
 *       becomes 1 January of its year (age bands still work), and the correction history of the
 *       youth's details goes (its values and reasons identify the youth); the youth is marked
 *       anonymised.
 *   <li>{@code PLAN}: the words of the plan: goal texts and action descriptions become a dash, the
 *       name of a network owner becomes a dash (the owner type stays), a blocked reason becomes a
 *       dash (the status stays) and result notes go.
 *   <li>{@code SCAN_*}: per consent group, for the life domains of that group (as
 *       {@link LifeDomain#category()} says): what goes well, what is needed and the explanation. For
 *       {@code SCAN_WORK_INCOME} also the scan's talents, wishes and interests (sectors of work).
 * </ul>
 *
 * Scan scores and dates, goal domains, dates and statuses, action owners, dates and statuses stay,
 * so aggregate score changes and plan progress still count. Trajectories, phases, outcomes, end
 * reasons, the satisfaction rating at closing (a number and a yes/no, no free text), contact dates
 * and channels, consent decisions and the access log stay, so aggregate results still count the
 * youth.
 */
@Component
class Anonymiser {

    /** What an anonymised youth is called from then on. */
    static final String PLACEHOLDER_GIVEN_NAMES = "Geanonimiseerde";

    static final String PLACEHOLDER_FAMILY_NAME = "jongere";

    /** The categories this class can remove, in the order an erasure applies them. */
    static final Set<DataCategory> SUPPORTED = EnumSet.of(
            DataCategory.BASIC,
            DataCategory.CONTACT_DETAILS,
            DataCategory.CONTACT_NOTES,
            DataCategory.NETWORK,
            DataCategory.SCAN_WORK_INCOME,
            DataCategory.SCAN_HOUSING,
            DataCategory.SCAN_HEALTH,
            DataCategory.SCAN_JUSTICE,
            DataCategory.SCAN_SOCIAL,
            DataCategory.PLAN,
            DataCategory.BSN);

    /** What removed text becomes where the column may not be empty. */
    static final String REMOVED = "–";

    /** The youths to work on, as a subquery with one column {@code id}. */
    record Target(String sql, Object parameter, String parameterName) {

        /** Exactly this youth. */
        static Target youth(UUID youthId) {
            return new Target("select cast(:youth as uuid) as id", youthId, "youth");
        }

        /**
         * Youths not on legal hold whose trajectories are all closed, the last one before
         * {@code cutoff}. Youths without any trajectory never expire here. A record merged into
         * another (its trajectories moved there) follows the record it was merged into.
         */
        static Target expiredBefore(Instant cutoff) {
            return new Target("""
                    select y.id from youth y join trajectory t on t.youth_id = coalesce(y.merged_into_id, y.id)
                     where not y.legal_hold
                       and not exists (select 1 from youth s where s.id = y.merged_into_id and s.legal_hold)
                     group by y.id
                    having bool_and(t.phase = 'CLOSED') and max(t.closed_at) < :cutoff
                    """, Timestamp.from(cutoff), "cutoff");
        }
    }

    private final JdbcClient jdbc;

    Anonymiser(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes {@code category} from the target youths; returns the youths that changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<UUID> remove(DataCategory category, Target target, Instant now) {
        String sql = switch (category) {
            case BSN -> """
                            with target as (%s),
                            own as (
                                update youth y set bsn_encrypted = null, bsn_hash = null
                                 where y.id in (select id from target)
                                   and (y.bsn_encrypted is not null or y.bsn_hash is not null)
                                returning y.id as youth_id),
                            signals as (
                                update signal s set bsn_encrypted = null, bsn_hash = null
                                 where s.youth_id in (select id from target)
                                   and (s.bsn_encrypted is not null or s.bsn_hash is not null)
                                returning s.youth_id)
                            select distinct youth_id from (
                                select youth_id from own union all select youth_id from signals) changed
                            """;
            case CONTACT_DETAILS -> """
                            with target as (%s),
                            details as (
                                update youth y set postcode = null, phone = null, email = null
                                 where y.id in (select id from target)
                                   and (y.postcode is not null or y.phone is not null or y.email is not null)
                                returning y.id as youth_id),
                            history as (
                                update youth_change c set old_value = null, new_value = null
                                 where c.youth_id in (select id from target)
                                   and c.field in ('postcode', 'phone', 'email')
                                   and (c.old_value is not null or c.new_value is not null)
                                returning c.youth_id),
                            signals as (
                                update signal s set postcode = null, house_number = null, phone = null, email = null
                                 where s.youth_id in (select id from target)
                                   and (s.postcode is not null or s.house_number is not null or s.phone is not null
                                        or s.email is not null)
                                returning s.youth_id)
                            select distinct youth_id from (
                                select youth_id from details union all select youth_id from history
                                union all select youth_id from signals) changed
                            """;
            case CONTACT_NOTES -> """
                            with target as (%s),
                            notes as (
                                update contact c set note = null
                                  from trajectory t
                                 where t.id = c.trajectory_id and t.youth_id in (select id from target)
                                   and c.note is not null
                                returning t.youth_id),
                            reasons as (
                                update phase_change p set reason = null
                                  from trajectory t
                                 where t.id = p.trajectory_id and t.youth_id in (select id from target)
                                   and p.reason is not null and p.kind <> 'REASSIGN'
                                returning t.youth_id),
                            guardians as (
                                update consent_record r set guardian_note = null
                                 where r.youth_id in (select id from target) and r.guardian_note is not null
                                returning r.youth_id),
                            outcomes as (
                                update signal s set outcome_note = null
                                 where s.youth_id in (select id from target) and s.outcome_note is not null
                                returning s.youth_id),
                            outreach as (
                                update outreach_attempt x set note = null
                                  from signal s
                                 where s.id = x.signal_id and s.youth_id in (select id from target)
                                   and x.note is not null
                                returning s.youth_id),
                            proposals as (
                                update match_proposal m set note = null,
                                       close_reason = case when m.close_reason is not null then :removed end
                                 where m.youth_id in (select id from target)
                                   and (m.note is not null or m.close_reason <> :removed)
                                returning m.youth_id),
                            match_steps as (
                                update match_step st set note = null
                                  from match_proposal m
                                 where m.id = st.match_id and m.youth_id in (select id from target)
                                   and st.note is not null
                                returning m.youth_id),
                            placements as (
                                update followup_placement f set end_reason = :removed
                                 where f.youth_id in (select id from target) and f.end_reason <> :removed
                                returning f.youth_id),
                            checkins as (
                                update followup_checkin c set note = null
                                 where c.youth_id in (select id from target) and c.note is not null
                                returning c.youth_id)
                            select distinct youth_id from (
                                select youth_id from notes
                                union all select youth_id from reasons
                                union all select youth_id from guardians
                                union all select youth_id from outcomes
                                union all select youth_id from outreach
                                union all select youth_id from proposals
                                union all select youth_id from match_steps
                                union all select youth_id from placements
                                union all select youth_id from checkins) changed
                            """;
            case NETWORK -> """
                            with target as (%s)
                            delete from key_person k
                             where k.youth_id in (select id from target)
                            returning k.youth_id
                            """;
            case BASIC -> """
                            with target as (%s),
                            corrections as (
                                delete from youth_change c
                                 where c.youth_id in (select id from target)
                                returning c.youth_id),
                            renamed as (
                                update youth y set given_names = :given, family_name = :family, preferred_name = null,
                                       date_of_birth = cast(date_trunc('year', y.date_of_birth) as date),
                                       anonymised_at = :now
                                 where y.id in (select id from target) and y.anonymised_at is null
                                returning y.id as youth_id),
                            signals as (
                                update signal s set given_names = :given, family_name = :family,
                                       date_of_birth = cast(date_trunc('year', s.date_of_birth) as date), reason = null,
                                       school = null, brin = null, course = null, reporter_name = null
                                 where s.youth_id in (select id from target)
                                   and (s.family_name is distinct from :family or s.reason is not null)
                                returning s.youth_id)
                            select distinct youth_id from (
                                select youth_id from renamed union all select youth_id from corrections
                                union all select youth_id from signals) changed
                            """;
            case PLAN -> """
                            with target as (%s),
                            goals as (
                                update plan_goal g set text = :removed
                                 where g.youth_id in (select id from target) and g.text <> :removed
                                returning g.youth_id),
                            actions as (
                                update plan_action x set description = :removed,
                                       owner_name = case when x.owner_type = 'NETWORK' then :removed end,
                                       blocked_reason = case when x.status = 'BLOCKED' then :removed end,
                                       result_note = null
                                 where x.youth_id in (select id from target)
                                   and (x.description <> :removed
                                        or x.owner_name is distinct from
                                           (case when x.owner_type = 'NETWORK' then :removed end)
                                        or x.blocked_reason is distinct from
                                           (case when x.status = 'BLOCKED' then :removed end)
                                        or x.result_note is not null)
                                returning x.youth_id),
                            escalations as (
                                update escalation e set reason = :removed,
                                       decision_text = case when e.decision_text is not null then :removed end
                                 where e.youth_id in (select id from target)
                                   and (e.reason <> :removed or e.decision_text <> :removed)
                                returning e.youth_id),
                            steps as (
                                update escalation_step st set text = null
                                  from escalation e
                                 where e.id = st.escalation_id and e.youth_id in (select id from target)
                                   and st.text is not null
                                returning e.youth_id),
                            cases as (
                                update meeting_case mc set question = :removed
                                 where mc.youth_id in (select id from target) and mc.question <> :removed
                                returning mc.youth_id),
                            decisions as (
                                update case_decision d set text = :removed
                                  from meeting_case mc
                                 where mc.id = d.case_id and mc.youth_id in (select id from target) and d.text <> :removed
                                returning mc.youth_id)
                            select distinct youth_id from (
                                select youth_id from goals union all select youth_id from actions
                                union all select youth_id from escalations union all select youth_id from steps
                                union all select youth_id from cases union all select youth_id from decisions) changed
                            """;
            case SCAN_WORK_INCOME, SCAN_HOUSING, SCAN_HEALTH, SCAN_JUSTICE, SCAN_SOCIAL -> """
                            with target as (%s),
                            scores as (
                                update scan_score c set goes_well = null, needed = null, explanation = null
                                  from scan s
                                 where s.id = c.scan_id and s.youth_id in (select id from target)
                                   and c.domain in (:domains)
                                   and (c.goes_well is not null or c.needed is not null or c.explanation is not null)
                                returning s.youth_id),
                            about as (
                                update scan s set talents = null, wishes = null, interests = '{}'
                                 where cast(:aboutToo as boolean) and s.youth_id in (select id from target)
                                   and (s.talents is not null or s.wishes is not null or cardinality(s.interests) > 0)
                                returning s.youth_id)
                            select distinct youth_id from (
                                select youth_id from scores union all select youth_id from about) changed
                            """;
            default -> throw new IllegalArgumentException("no retention rule for " + category);
        };
        JdbcClient.StatementSpec statement =
                jdbc.sql(sql.formatted(target.sql())).param(target.parameterName(), target.parameter());
        if (category == DataCategory.BASIC) {
            statement = statement
                    .param("given", PLACEHOLDER_GIVEN_NAMES)
                    .param("family", PLACEHOLDER_FAMILY_NAME)
                    .param("now", Timestamp.from(now));
        }
        if (category == DataCategory.PLAN || category == DataCategory.CONTACT_NOTES) {
            statement = statement.param("removed", REMOVED);
        }
        if (LifeDomain.CATEGORIES.contains(category)) {
            // the domains come from the code, never from input
            List<String> domains = Arrays.stream(LifeDomain.values())
                    .filter(d -> d.category() == category)
                    .map(LifeDomain::name)
                    .toList();
            statement =
                    statement.param("domains", domains).param("aboutToo", category == DataCategory.SCAN_WORK_INCOME);
        }
        return statement.query(UUID.class).list();
    }
}
