package nl.overstap.followup;

import org.jspecify.annotations.Nullable;

/** A check-in as typed: still at the place? going well? any concern? ("true"/"false") and a short note. */
public record CheckInForm(
        @Nullable String stillThere,
        @Nullable String goingWell,
        @Nullable String concern,
        @Nullable String note) {}
