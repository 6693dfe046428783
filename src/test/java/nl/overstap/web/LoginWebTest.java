package nl.overstap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.overstap.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in: Dutch login page, BCrypt hashes, lock-out after repeated failures, every attempt logged. */
@IntegrationTest
class LoginWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    String username;

    @BeforeEach
    void createAccount() {
        username = "login-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into account (id, username, display_name, password_hash, role, organisation_id)
                        select :id, :u, 'Test Coach', :hash, 'COACH', id from organisation where kind = 'COACHING' limit 1
                        """)
                .param("id", UUID.randomUUID())
                .param("u", username)
                .param("hash", encoder.encode("correct horse battery"))
                .update();
    }

    @Test
    void loginPageIsDutch() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"nl\"")))
                .andExpect(content().string(Matchers.containsString("Gebruikersnaam")));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from account where username = :u")
                .param("u", username)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2");
    }

    @Test
    void correctPasswordSignsInAndLandsOnTheStartPage() throws Exception {
        mvc.perform(formLogin().user(username).password("correct horse battery"))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        long failuresBefore = loginRows("DENIED");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(username).password("correct horse battery"))
                .andExpect(unauthenticated());
        assertThat(loginRows("DENIED")).isGreaterThanOrEqualTo(failuresBefore + 6);

        jdbc.sql("update account set locked_until = now() - interval '1 minute' where username = :u")
                .param("u", username)
                .update();
        mvc.perform(formLogin().user(username).password("correct horse battery"))
                .andExpect(authenticated());
    }

    @Test
    void disabledAccountsCannotSignIn() throws Exception {
        jdbc.sql("update account set enabled = false where username = :u")
                .param("u", username)
                .update();
        mvc.perform(formLogin().user(username).password("correct horse battery"))
                .andExpect(unauthenticated());
    }

    private long loginRows(String outcome) {
        return jdbc.sql("select count(*) from access_log where event_type = 'LOGIN' and outcome = :o")
                .param("o", outcome)
                .query(Long.class)
                .single();
    }
}
