package nl.overstap.demo;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The research side of the demo region: the research-partner account {@code onderzoeker} and a
 * satisfaction rating on closed demo trajectories (most rated 5 to 10 with mostly "would recommend",
 * about one in six not asked). Set-based SQL; every choice follows from a hash of the (seeded)
 * trajectory id, so the same seed gives the same ratings.
 */
final class DemoResearch {

    private DemoResearch() {}

    static void create(JdbcTemplate jdbc, long seed, Map<String, UUID> orgs, String passwordHash) {
        for (DemoRegion.DemoAccount account : DemoRegion.RESEARCH_ACCOUNTS) {
            UUID id = UUID.nameUUIDFromBytes(
                    ("demo-account-" + seed + "-" + account.username()).getBytes(StandardCharsets.UTF_8));
            jdbc.update(
                    "insert into account (id, username, display_name, password_hash, role, organisation_id,"
                            + " research_access) values (?, ?, ?, ?, ?, ?, true)",
                    id,
                    account.username(),
                    account.displayName(),
                    passwordHash,
                    account.role().name(),
                    orgs.get(account.orgKey()));
        }
        jdbc.update("""
                update trajectory t
                   set satisfaction_score = case when r.h % 6 = 0 then null
                                                 when t.outcome = 'NONE' then 4 + r.h % 4
                                                 else 6 + r.h % 5 end,
                       would_recommend = case when r.h % 6 = 0 then null
                                              when t.outcome = 'NONE' then r.h % 3 = 0
                                              else r.h % 9 <> 0 end
                  from (select id, abs(hashtext('demo-satisfaction' || id::text)) as h
                          from trajectory where phase = 'CLOSED' and organisation_id in (?, ?)) r
                 where r.id = t.id and t.satisfaction_score is null and t.would_recommend is null
                """, orgs.get("jch"), orgs.get("rld"));
    }
}
