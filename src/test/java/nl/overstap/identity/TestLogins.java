package nl.overstap.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import nl.overstap.shared.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs tests in as a real account of the demo region, through the application's own user lookup. */
@Component
public class TestLogins {

    private final AccountUserDetailsService users;

    TestLogins(AccountUserDetailsService users) {
        this.users = users;
    }

    /** For MockMvc: the request runs as this account. */
    public RequestPostProcessor as(String username) {
        UserDetails details = users.loadUserByUsername(username);
        return user(details);
    }

    /** For service-level tests: the account as modules see it. */
    public CurrentUser currentUser(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).user();
    }
}
