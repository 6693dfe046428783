package nl.overstap.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Overstap works in Dutch local time: "today" is today in the Netherlands, whatever the server's zone. */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
