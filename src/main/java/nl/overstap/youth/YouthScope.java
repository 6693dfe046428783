package nl.overstap.youth;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;

/**
 * Which youths a professional may see, as one rule used both for single decisions and as a SQL
 * predicate for lists and searches. A coach sees the youths of their own organisation; a
 * coordinator those of every organisation in their region; every other role sees none (partners
 * will see youths through consent).
 */
public final class YouthScope {

    private YouthScope() {}

    /** May this user see a youth held by this organisation in this region? */
    public static boolean allows(CurrentUser user, UUID youthOrganisationId, String youthRegion) {
        return switch (user.role()) {
            case COACH -> user.organisationId().equals(youthOrganisationId);
            case COORDINATOR -> user.region().equals(youthRegion);
            default -> false;
        };
    }

    /**
     * A SQL condition on the youth's organisation column (e.g. {@code y.organisation_id}) using the
     * named parameters {@code :scopeOrganisation} and {@code :scopeRegion}.
     */
    public static String predicate(CurrentUser user, String organisationColumn) {
        return switch (user.role()) {
            case COACH -> organisationColumn + " = :scopeOrganisation";
            case COORDINATOR ->
                organisationColumn + " in (select so.id from organisation so where so.region = :scopeRegion)";
            default -> "false";
        };
    }

    /** True when the role can see youths at all. */
    public static boolean seesYouths(CurrentUser user) {
        return user.role() == Role.COACH || user.role() == Role.COORDINATOR;
    }
}
