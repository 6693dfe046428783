package nl.overstap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A session ends 12 hours after sign-in, however active it was. */
class AbsoluteSessionTimeoutTest {

    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");

    private final AbsoluteSessionTimeout filter =
            new AbsoluteSessionTimeout(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

    @BeforeEach
    void signIn() {
        AccountPrincipal principal = new AccountPrincipal(
                new CurrentUser(UUID.randomUUID(), "coach", "Coach", Role.COACH, UUID.randomUUID(), "Haaglanden"),
                "hash",
                true,
                false);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFirstRequestStartsTheClock() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = run(session);
        assertThat(session.getAttribute(AbsoluteSessionTimeout.STARTED)).isEqualTo(NOW.toEpochMilli());
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void aSessionYoungerThanTheLimitGoesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                AbsoluteSessionTimeout.STARTED, NOW.minus(Duration.ofHours(11)).toEpochMilli());
        assertThat(run(session).getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionOlderThanTheLimitIsEndedAndSentToLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(
                AbsoluteSessionTimeout.STARTED, NOW.minus(Duration.ofHours(13)).toEpochMilli());
        assertThat(run(session).getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private MockHttpServletResponse run(MockHttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/caseload");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
