package nl.overstap.audit;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * One access to record. The youth is identified by internal id only, never by BSN.
 *
 * @param objectType what was touched, e.g. "youth", "trajectory", "contact"
 * @param legalBasis what the access rests on: the role's task, consent record ids and versions, or
 *     a statute
 * @param emergency true for break-the-glass access (then {@code justification} holds the reason)
 */
public record AccessEvent(
        AccessEventType type,
        @Nullable CurrentUser user,
        @Nullable UUID youthId,
        String objectType,
        @Nullable UUID objectId,
        Set<DataCategory> categories,
        String legalBasis,
        boolean emergency,
        @Nullable String justification) {

    public AccessEvent(
            AccessEventType type,
            @Nullable CurrentUser user,
            @Nullable UUID youthId,
            String objectType,
            @Nullable UUID objectId,
            Set<DataCategory> categories,
            String legalBasis) {
        this(type, user, youthId, objectType, objectId, categories, legalBasis, false, null);
    }

    public static AccessEvent of(
            AccessEventType type,
            CurrentUser user,
            @Nullable UUID youthId,
            String objectType,
            @Nullable UUID objectId,
            Set<DataCategory> categories) {
        return new AccessEvent(type, user, youthId, objectType, objectId, categories, legalBasisOf(user));
    }

    /** The same event resting on another basis (consent, statute, emergency). */
    public AccessEvent resting(String basis, boolean isEmergency, @Nullable String reason) {
        return new AccessEvent(type, user, youthId, objectType, objectId, categories, basis, isEmergency, reason);
    }

    /** The basis for professionals of the coaching organisation: their own coaching task. */
    public static String legalBasisOf(@Nullable CurrentUser user) {
        return user == null ? "system" : "task:" + user.role().name().toLowerCase(Locale.ROOT);
    }
}
