package nl.overstap.match;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Whether the youth consented to share name and contact details with an employer or school. Asks the
 * consent module's one access decision as a partner of that organisation would be asked: a current,
 * granted consent of the youth for the organisation and a covenant share for its kind. The employer
 * role itself never opens the youth file; only this page of a proposal uses the answer.
 */
@Component
class EmployerConsent {

    static final Set<DataCategory> SHARED = EnumSet.of(DataCategory.BASIC, DataCategory.CONTACT_DETAILS);

    private final YouthAccess youthAccess;

    EmployerConsent(YouthAccess youthAccess) {
        this.youthAccess = youthAccess;
    }

    /** The grant for the viewer's organisation (as a partner of it), limited to name and contact details. */
    Optional<Grant> of(CurrentUser viewer, UUID youthId) {
        CurrentUser asPartner = viewer.is(Role.PARTNER)
                ? viewer
                : new CurrentUser(
                        viewer.id(),
                        viewer.username(),
                        viewer.displayName(),
                        Role.PARTNER,
                        viewer.organisationId(),
                        viewer.region());
        return youthAccess.decide(asPartner, youthId).filter(g -> g.allows(DataCategory.BASIC));
    }

    /** For the coach's page: does the organisation see the name (an account-less question). */
    boolean given(UUID organisationId, String region, UUID youthId) {
        CurrentUser organisation =
                new CurrentUser(new UUID(0, 0), "organisation", "organisation", Role.PARTNER, organisationId, region);
        return youthAccess
                .decide(organisation, youthId)
                .filter(g -> g.allows(DataCategory.BASIC))
                .isPresent();
    }
}
