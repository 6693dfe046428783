package nl.overstap.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.MapBindingResult;

/**
 * The research-partner flag: only an analyst account can have it, the administrator gets a Dutch
 * message otherwise, and a flagged account signs in with the RESEARCH_EXPORT authority.
 */
@IntegrationTest
class ResearchFlagIntegrationTest {

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void anAnalystMarkedAsResearchPartnerSignsInWithTheExportAuthority() {
        CurrentUser admin = logins.currentUser("admin");
        String username = "onderzoek-" + tag();
        MapBindingResult errors = errors();
        UUID id = administration.create(admin, form(username, "ANALYST", true), errors);
        assertThat(errors.getAllErrors()).isEmpty();
        assertThat(flag(id)).isTrue();
        assertThat(authorities(username)).contains(ResearchPartners.AUTHORITY, "ROLE_ANALYST");
    }

    @Test
    void anAccountWithoutTheFlagHasNoExportAuthority() {
        String username = "analist-" + tag();
        UUID id = administration.create(logins.currentUser("admin"), form(username, "ANALYST", false), errors());
        assertThat(flag(id)).isFalse();
        assertThat(authorities(username)).containsExactly("ROLE_ANALYST");
        assertThat(authorities("analyst")).doesNotContain(ResearchPartners.AUTHORITY);
    }

    @Test
    void onlyAnAnalystCanBeAResearchPartner() {
        for (String role : new String[] {"COACH", "COORDINATOR", "ADMIN"}) {
            MapBindingResult errors = errors();
            assertThat(administration.create(logins.currentUser("admin"), form("x-" + tag(), role, true), errors))
                    .isNull();
            assertThat(errors.getFieldError("researchAccess").getCode()).isEqualTo("research.account.error.notAnalyst");
        }
    }

    @Test
    void theFormShowsTheMessageAndKeepsWhatWasTyped() throws Exception {
        String username = "coach-" + tag();
        String html = mvc.perform(post("/admin/accounts")
                        .with(csrf())
                        .with(logins.as("admin"))
                        .param("username", username)
                        .param("displayName", "Iemand Anders")
                        .param("role", "COACH")
                        .param(
                                "organisationId",
                                logins.currentUser("coach").organisationId().toString())
                        .param("password", "een-lang-wachtwoord")
                        .param("researchAccess", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Alleen een account met de rol analist kan onderzoekspartner zijn")
                .contains("value=\"" + username + "\"")
                .containsPattern("name=\"researchAccess\"[^>]*checked");
        assertThat(jdbc.sql("select count(*) from account where username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private AccountForm form(String username, String role, boolean research) {
        return new AccountForm(
                username,
                "Onderzoeker " + username,
                role,
                logins.currentUser("analyst").organisationId(),
                "een-lang-wachtwoord",
                research);
    }

    private boolean flag(UUID id) {
        return jdbc.sql("select research_access from account where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private java.util.List<String> authorities(String username) {
        return users.loadUserByUsername(username).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }

    private static MapBindingResult errors() {
        return new MapBindingResult(new HashMap<>(), "accountForm");
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
