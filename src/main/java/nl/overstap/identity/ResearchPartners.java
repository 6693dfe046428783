package nl.overstap.identity;

import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Research partners: analyst accounts an administrator marked with the research-access flag. They
 * get the {@link #AUTHORITY} at login; the research module asks {@link #isResearchPartner} again at
 * its service boundary, so taking the flag away (or disabling the account) counts at once.
 */
@Service
public class ResearchPartners {

    /** The Spring Security authority of a research partner. */
    public static final String AUTHORITY = "RESEARCH_EXPORT";

    private final JdbcClient jdbc;

    ResearchPartners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Is this user an enabled analyst account with the research-access flag set right now? */
    public boolean isResearchPartner(CurrentUser user) {
        if (!user.is(Role.ANALYST)) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from account where id = :id and enabled and research_access"
                        + " and role = 'ANALYST')")
                .param("id", user.id())
                .query(Boolean.class)
                .single();
    }
}
