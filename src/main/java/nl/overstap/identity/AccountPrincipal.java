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

/** The Spring Security principal: the {@link CurrentUser} plus what login needs. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
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
