package nl.overstap.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import nl.overstap.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The Spring Security principal: the {@link CurrentUser} plus what login needs. Its authorities are
 * the role and, for a research partner, {@link #RESEARCH_EXPORT}.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The authority of an analyst account with the research-partner flag. */
    static final String RESEARCH_EXPORT = ResearchPartners.AUTHORITY;

    private final CurrentUser user;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean researchAccess;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
        this(user, passwordHash, enabled, locked, false);
    }

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked, boolean researchAccess) {
        this.user = user;
        this.researchAccess = researchAccess;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (researchAccess) {
            return List.of(
                    new SimpleGrantedAuthority(user.role().authority()), new SimpleGrantedAuthority(RESEARCH_EXPORT));
        }
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
