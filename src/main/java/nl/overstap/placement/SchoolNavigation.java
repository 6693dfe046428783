package nl.overstap.placement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout whether a signed-in partner works at a school, so only school partners see the
 * "Plekken" link (partners of other organisations have no places). One small query, for partners only.
 */
@ControllerAdvice
class SchoolNavigation {

    private final JdbcClient jdbc;

    SchoolNavigation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ModelAttribute("schoolPlaces")
    boolean schoolPlaces() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !auth.isAuthenticated()
                || auth.getAuthorities().stream().noneMatch(a -> "ROLE_PARTNER".equals(a.getAuthority()))) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from account a join organisation o on o.id = a.organisation_id
                                        where a.username = :username and a.role = 'PARTNER' and o.kind = 'EDUCATION')
                        """)
                .param("username", auth.getName())
                .query(Boolean.class)
                .single();
    }
}
