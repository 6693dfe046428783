package nl.overstap.audit;

import java.util.Set;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * One access to record. The youth is identified by internal id only, never by BSN.
 *
 * @param objectType what was touched, e.g. "youth", "trajectory", "contact"
 * @param legalBasis the ground the access rests on (for now the role's own task)
 */
public record AccessEvent(
        AccessEventType type,
        @Nullable CurrentUser user,
        @Nullable UUID youthId,
        String objectType,
        @Nullable UUID objectId,
        Set<DataCategory> categories,
        String legalBasis) {

    public static AccessEvent of(
            AccessEventType type,
            CurrentUser user,
            UUID youthId,
            String objectType,
            UUID objectId,
            Set<DataCategory> categories) {
        return new AccessEvent(type, user, youthId, objectType, objectId, categories, legalBasisOf(user));
    }

    /** The basis for professionals in the coaching organisation: their own coaching task. */
    static String legalBasisOf(@Nullable CurrentUser user) {
        return user == null ? "system" : "task:" + user.role().name().toLowerCase(java.util.Locale.ROOT);
    }
}
