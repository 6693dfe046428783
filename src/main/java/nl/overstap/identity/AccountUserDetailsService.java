package nl.overstap.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account for login, with its lock state decided by {@code locked_until}. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountUserDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        select a.id, a.username, a.display_name, a.role, a.organisation_id, o.region, a.password_hash,
                               a.enabled, a.locked_until, a.research_access
                          from account a join organisation o on o.id = a.organisation_id
                         where lower(a.username) = lower(:username)
                        """)
                .param("username", username)
                .query((rs, n) -> {
                    java.sql.Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    boolean locked =
                            lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now(clock));
                    CurrentUser user = new CurrentUser(
                            rs.getObject("id", UUID.class),
                            rs.getString("username"),
                            rs.getString("display_name"),
                            Role.valueOf(rs.getString("role")),
                            rs.getObject("organisation_id", UUID.class),
                            rs.getString("region"));
                    return (UserDetails) new AccountPrincipal(
                            user,
                            rs.getString("password_hash"),
                            rs.getBoolean("enabled"),
                            locked,
                            rs.getBoolean("research_access"));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
