package nl.overstap.consultation;

import org.jspecify.annotations.Nullable;

/**
 * A decision on a case as the chair typed it, with an optional new plan action: description, owner
 * (PARTNER, YOUTH or COACH), the owner organisation for a partner, a due date and the youth's goal.
 */
public record DecisionForm(
        @Nullable String text,
        @Nullable String actionDescription,
        @Nullable String ownerType,
        @Nullable String organisationId,
        @Nullable String dueDate,
        @Nullable String goalId) {}
