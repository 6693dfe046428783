package nl.overstap.trajectory;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the caseload shows: whose trajectories, which phase, which order, which page. Sort keys and
 * scopes come from allow-lists, never from raw input.
 */
public record CaseloadQuery(Scope scope, @Nullable Phase phase, Sort sort, int page, boolean stuckOnly) {

    public static final int PAGE_SIZE = 25;

    public CaseloadQuery(Scope scope, @Nullable Phase phase, Sort sort, int page) {
        this(scope, phase, sort, page, false);
    }

    /** Whose trajectories. */
    public enum Scope {
        /** The trajectories I coach. */
        MINE,
        /** Every coach of my organisation. */
        TEAM,
        /** Every organisation of my region (coordinators). */
        REGION
    }

    /** Allowed sort orders, each with its SQL. */
    public enum Sort {
        /** Longest without contact first (never contacted first of all). */
        LAST_CONTACT("t.last_contact_at asc nulls first, t.id"),
        /** Longest in the current phase first. */
        DAYS_IN_PHASE("t.phase_entered_at asc, t.id"),
        /** By family name. */
        NAME("lower(y.family_name), lower(y.given_names), t.id"),
        /** Scout first, Borg last. */
        PHASE("array_position(array['SCOUT','SCAN','MATCH','BORG'], t.phase), t.phase_entered_at, t.id"),
        /** Youngest first. */
        AGE("y.date_of_birth desc, t.id");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    static CaseloadQuery of(
            @Nullable String scope, @Nullable String phase, @Nullable String sort, int page, Scope fallback) {
        return of(scope, phase, sort, page, fallback, false);
    }

    static CaseloadQuery of(
            @Nullable String scope,
            @Nullable String phase,
            @Nullable String sort,
            int page,
            Scope fallback,
            boolean stuckOnly) {
        Scope parsedScope = Trajectories.parse(Scope.class, scope);
        Phase parsedPhase = Trajectories.parse(Phase.class, phase);
        Sort parsedSort = Trajectories.parse(Sort.class, sort);
        return new CaseloadQuery(
                parsedScope == null ? fallback : parsedScope,
                parsedPhase == Phase.CLOSED ? null : parsedPhase,
                parsedSort == null ? Sort.LAST_CONTACT : parsedSort,
                Math.max(0, Math.min(page, 10_000)),
                stuckOnly);
    }

    public String sortKey() {
        return sort.name().toLowerCase(Locale.ROOT);
    }
}
