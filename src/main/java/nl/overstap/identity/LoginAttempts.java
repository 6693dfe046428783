package nl.overstap.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.overstap.audit.AccessLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins in the database (so every app node sees the same count) and locks an
 * account for a while after too many. Every attempt is written to the access log.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(
            JdbcClient jdbc,
            Clock clock,
            AccessLog accessLog,
            @Value("${overstap.security.max-failed-logins}") int maxFailures,
            @Value("${overstap.security.lockout}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            jdbc.sql("update account set failed_logins = 0, locked_until = null where id = :id")
                    .param("id", principal.user().id())
                    .update();
            accessLog.loginSucceeded(principal.user());
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        Instant lockedUntil = Instant.now(clock).plus(lockout);
        jdbc.sql("""
                        update account
                           set failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                               locked_until = case when failed_logins + 1 >= :max then :until else locked_until end
                         where lower(username) = lower(:username)
                        returning id
                        """)
                .param("max", maxFailures)
                .param("until", java.sql.Timestamp.from(lockedUntil))
                .param("username", username)
                .query(java.util.UUID.class)
                .optional()
                .ifPresentOrElse(accessLog::loginFailed, () -> accessLog.loginFailed(null));
    }
}
