package nl.overstap.identity;

import nl.overstap.shared.Municipality;
import nl.overstap.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a real installation: when no account exists yet and
 * {@code OVERSTAP_ADMIN_USERNAME} and {@code OVERSTAP_ADMIN_PASSWORD} are set, it adds a
 * functional-administration organisation and that one account. It never touches an installation
 * that already has accounts, and never logs the password.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final AccountAdministration accounts;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;
    private final String region;

    AdminBootstrap(
            JdbcClient jdbc,
            Organisations organisations,
            AccountAdministration accounts,
            PasswordEncoder passwordEncoder,
            @Value("${overstap.bootstrap.admin-username:}") String username,
            @Value("${overstap.bootstrap.admin-password:}") String password,
            @Value("${overstap.bootstrap.region:Haaglanden}") String region) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
        this.region = region;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            return;
        }
        boolean empty = jdbc.sql("select not exists (select 1 from account)")
                .query(Boolean.class)
                .single();
        if (!empty) {
            return;
        }
        if (password.length() < AccountAdministration.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("OVERSTAP_ADMIN_PASSWORD must have at least "
                    + AccountAdministration.MIN_PASSWORD_LENGTH + " characters");
        }
        Organisation beheer = organisations.create(
                "Functioneel beheer", OrganisationKind.MUNICIPALITY, region, Municipality.OTHER.name());
        accounts.insert(username, username, Role.ADMIN, beheer.id(), passwordEncoder.encode(password));
        LOG.info("Created the first administrator account");
    }
}
