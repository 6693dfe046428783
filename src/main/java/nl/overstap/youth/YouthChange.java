package nl.overstap.youth;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One corrected field of a youth's details, as kept in the history: what it was, what it became,
 * why, by whom and when.
 *
 * @param changedBy the display name of the coach who made the correction
 */
public record YouthChange(
        YouthCorrectionField field,
        @Nullable String oldValue,
        @Nullable String newValue,
        String reason,
        String changedBy,
        Instant changedAt) {

    public YouthCorrectionField.Shown oldShown() {
        return field.shown(oldValue);
    }

    public YouthCorrectionField.Shown newShown() {
        return field.shown(newValue);
    }
}
