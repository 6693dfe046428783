package nl.overstap.casefile;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the timeline: a phase change or a contact. */
public record TimelineEntry(
        String type,
        UUID id,
        Instant at,
        String author,
        @Nullable String fromPhase,
        @Nullable String toPhase,
        @Nullable String changeKind,
        @Nullable String text,
        @Nullable String channel,
        @Nullable String counterpart,
        @Nullable Boolean reached,
        @Nullable Integer durationMinutes,
        boolean correction,
        boolean corrected,
        boolean editable,
        boolean correctable) {

    public boolean isContact() {
        return "CONTACT".equals(type);
    }
}
