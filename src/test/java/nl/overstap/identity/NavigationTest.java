package nl.overstap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class NavigationTest {

    private final Navigation nav = new Navigation();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_coach_sees_coach_links_and_not_coordinator_links() {
        signIn("ROLE_COACH");
        assertThat(nav.is("COACH")).isTrue();
        assertThat(nav.is("COORDINATOR")).isFalse();
        assertThat(nav.any("PARTNER", "COACH")).isTrue();
        assertThat(nav.any("PARTNER", "ADMIN")).isFalse();
    }

    @Test
    void an_extra_authority_is_asked_by_its_own_name() {
        signIn("RESEARCH_EXPORT");
        assertThat(nav.can("RESEARCH_EXPORT")).isTrue();
        assertThat(nav.is("RESEARCH_EXPORT")).isFalse();
    }

    @Test
    void nobody_signed_in_sees_no_role_links() {
        assertThat(nav.is("COACH")).isFalse();
        assertThat(nav.signedIn()).isFalse();
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(nav.signedIn()).isFalse();
        assertThat(nav.any("COACH", "ANONYMOUS")).isTrue(); // only real role names are ever asked
    }

    @Test
    void an_authentication_that_is_not_authenticated_counts_as_nobody() {
        TestingAuthenticationToken token = new TestingAuthenticationToken("x", "y", List.of());
        token.setAuthenticated(false);
        SecurityContextHolder.getContext().setAuthentication(token);
        assertThat(nav.is("COACH")).isFalse();
    }

    private static void signIn(String authority) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("someone", "secret", authority));
    }
}
