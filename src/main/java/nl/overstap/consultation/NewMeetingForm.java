package nl.overstap.consultation;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new meeting as the coordinator typed it: the date (dd-mm-jjjj) and the invited organisations. */
public record NewMeetingForm(
        @Nullable String date, @Nullable List<UUID> organisations) {

    public static NewMeetingForm empty() {
        return new NewMeetingForm(null, List.of());
    }
}
