package nl.overstap.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after sign-in, however active it was (the idle timeout is separate):
 * a shared workstation left signed in all day is signed out anyway.
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String STARTED = AbsoluteSessionTimeout.class.getName() + ".started";

    private final Clock clock;
    private final Duration maximum;

    AbsoluteSessionTimeout(Clock clock, Duration maximum) {
        this.clock = clock;
        this.maximum = maximum;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof AccountPrincipal) {
            Instant now = Instant.now(clock);
            Object started = session.getAttribute(STARTED);
            if (started == null) {
                session.setAttribute(STARTED, now.toEpochMilli());
            } else if (now.isAfter(Instant.ofEpochMilli((Long) started).plus(maximum))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect("/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
