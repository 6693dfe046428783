package nl.overstap.identity;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creating, enabling and disabling accounts. Only administrators; disabling ends the account's
 * sessions at once (they live in the database, so on every node).
 */
@Service
class AccountAdministration {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Organisations organisations;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountAdministration(
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            Organisations organisations,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
        this.sessions = sessions;
    }

    /** Validates and creates; returns null when {@code errors} got a field error. */
    @Transactional
    public @org.jspecify.annotations.Nullable UUID create(CurrentUser admin, AccountForm form, Errors errors) {
        requireAdmin(admin);
        if (isBlank(form.username())) {
            errors.rejectValue("username", "account.error.username.required");
        } else if (!form.username().matches("[a-zA-Z0-9._-]{3,40}")) {
            errors.rejectValue("username", "account.error.username.format");
        } else if (jdbc.sql("select exists (select 1 from account where lower(username) = lower(:u))")
                .param("u", form.username())
                .query(Boolean.class)
                .single()) {
            errors.rejectValue("username", "account.error.username.taken");
        }
        if (isBlank(form.displayName())) {
            errors.rejectValue("displayName", "account.error.displayName.required");
        }
        Role role = parseRole(form.role());
        if (role == null) {
            errors.rejectValue("role", "account.error.role.required");
        }
        if (form.organisationId() == null
                || organisations.find(form.organisationId()).isEmpty()) {
            errors.rejectValue("organisationId", "account.error.organisation.required");
        }
        if (form.password() == null || form.password().length() < MIN_PASSWORD_LENGTH) {
            errors.rejectValue("password", "account.error.password.length");
        }
        if (form.wantsResearchAccess() && role != null && !mayHaveResearchAccess(role)) {
            errors.rejectValue("researchAccess", "research.account.error.notAnalyst");
        }
        if (errors.hasErrors() || role == null) {
            return null;
        }
        return insert(
                form.username().trim(),
                form.displayName().trim(),
                role,
                form.organisationId(),
                passwordEncoder.encode(form.password()),
                form.wantsResearchAccess());
    }

    /** Only an analyst may be a research partner (the database checks this too). */
    static boolean mayHaveResearchAccess(Role role) {
        return role == Role.ANALYST;
    }

    /** Inserts an account with an already encoded password. */
    UUID insert(String username, String displayName, Role role, UUID organisationId, String passwordHash) {
        return insert(username, displayName, role, organisationId, passwordHash, false);
    }

    /** Inserts an account with an already encoded password and the research-partner flag. */
    UUID insert(
            String username,
            String displayName,
            Role role,
            UUID organisationId,
            String passwordHash,
            boolean researchAccess) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into account (id, username, display_name, password_hash, role, organisation_id,"
                        + " research_access) values (:id, :username, :name, :hash, :role, :org, :research)")
                .param("id", id)
                .param("username", username)
                .param("name", displayName)
                .param("hash", passwordHash)
                .param("role", role.name())
                .param("org", organisationId)
                .param("research", researchAccess)
                .update();
        return id;
    }

    @Transactional
    public void setEnabled(CurrentUser admin, UUID accountId, boolean enabled) {
        requireAdmin(admin);
        if (admin.id().equals(accountId)) {
            throw new NotFoundException();
        }
        String username = jdbc.sql("update account set enabled = :enabled, failed_logins = 0, locked_until = null"
                        + " where id = :id returning username")
                .param("enabled", enabled)
                .param("id", accountId)
                .query(String.class)
                .optional()
                .orElseThrow(NotFoundException::new);
        if (!enabled) {
            sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
    }

    private static @org.jspecify.annotations.Nullable Role parseRole(@org.jspecify.annotations.Nullable String value) {
        return nl.overstap.shared.Choices.parse(Role.class, value).orElse(null);
    }

    private static boolean isBlank(@org.jspecify.annotations.Nullable String value) {
        return value == null || value.isBlank();
    }
}
