package nl.overstap.rights;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.overstap.audit.AccessEvent;
import nl.overstap.audit.AccessEventType;
import nl.overstap.audit.AccessLog;
import nl.overstap.consent.Grant;
import nl.overstap.consent.YouthAccess;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may exercise a youth's rights, on top of the one access decision ({@link YouthAccess}): only
 * professionals who work on the file, i.e. a coach or coordinator whose grant is in their own scope.
 * A partner with consent or a break-the-glass access reads parts of a file but never exports or
 * erases it. Every refusal is logged and answered with a 404, the same as an unknown id.
 */
@Component
class RightsAccess {

    private final YouthAccess youthAccess;
    private final AccessLog accessLog;

    RightsAccess(YouthAccess youthAccess, AccessLog accessLog) {
        this.youthAccess = youthAccess;
        this.accessLog = accessLog;
    }

    /** A coach or coordinator in their own scope. */
    Grant requireWorker(CurrentUser user, UUID youthId, AccessEventType type) {
        return require(user, youthId, type, Role.COACH, Role.COORDINATOR);
    }

    /** One of {@code roles}, in their own scope; otherwise a logged refusal and a 404. */
    Grant require(CurrentUser user, UUID youthId, AccessEventType type, Role... roles) {
        Grant grant = youthAccess.require(user, youthId, type);
        if (!grant.ownScope() || !EnumSet.of(roles[0], roles).contains(user.role())) {
            throw refused(user, youthId, type, "youth", youthId);
        }
        return grant;
    }

    /** Logs the refusal in a transaction of its own and returns the 404 to throw. */
    NotFoundException refused(
            CurrentUser user, @Nullable UUID youthId, AccessEventType type, String objectType, UUID objectId) {
        accessLog.denied(
                new AccessEvent(type, user, youthId, objectType, objectId, EnumSet.of(DataCategory.BASIC), "none"));
        return new NotFoundException();
    }

    void logAllowed(
            CurrentUser user,
            Grant grant,
            AccessEventType type,
            String objectType,
            @Nullable UUID objectId,
            Set<DataCategory> touched) {
        youthAccess.logAllowed(user, grant, type, objectType, objectId, touched);
    }
}
