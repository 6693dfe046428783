package nl.overstap.rights;

import java.time.Instant;
import java.time.LocalDate;
import nl.overstap.shared.DataCategory;
import nl.overstap.shared.DutchTime;

/**
 * How long one data category is kept after the youth's last trajectory was closed.
 *
 * @param yearsAfterClosing whole years; the data goes on the first run after that many years
 */
public record RetentionPolicy(DataCategory category, int yearsAfterClosing) {

    /** Trajectories closed before this moment (start of the day in the Netherlands) have expired. */
    Instant cutoff(LocalDate today) {
        return today.minusYears(yearsAfterClosing).atStartOfDay(DutchTime.ZONE).toInstant();
    }
}
