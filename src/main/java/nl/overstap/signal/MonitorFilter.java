package nl.overstap.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.overstap.shared.Choices;
import nl.overstap.shared.Municipality;
import org.jspecify.annotations.Nullable;

/**
 * Which signals the monitor lists: enum values only, so a link never carries personal data. Each
 * present part adds one fixed SQL fragment with a bound parameter.
 *
 * @param municipality a {@link Municipality} name, or {@value #UNKNOWN} for signals without one
 */
public record MonitorFilter(
        @Nullable SignalStatus status,
        @Nullable SignalSource source,
        @Nullable String municipality,
        boolean overdue,
        boolean unowned) {

    public static final String UNKNOWN = "UNKNOWN";

    /** Reads the query parameters; values that are not a known constant are ignored. */
    public static MonitorFilter parse(
            @Nullable String status,
            @Nullable String source,
            @Nullable String municipality,
            @Nullable String overdue,
            @Nullable String unowned) {
        Optional<Municipality> known = Choices.parse(Municipality.class, municipality);
        String place = known.map(Enum::name).orElse(UNKNOWN.equals(municipality) ? UNKNOWN : null);
        return new MonitorFilter(
                Choices.parse(SignalStatus.class, status).orElse(null),
                Choices.parse(SignalSource.class, source).orElse(null),
                place,
                "true".equals(overdue),
                "true".equals(unowned));
    }

    public boolean isEmpty() {
        return status == null && source == null && municipality == null && !overdue && !unowned;
    }

    /** The extra conditions, each a fixed fragment. */
    String sql() {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add("s.status = :fStatus");
        }
        if (source != null) {
            parts.add("s.source = :fSource");
        }
        if (UNKNOWN.equals(municipality)) {
            parts.add("s.municipality is null");
        } else if (municipality != null) {
            parts.add("s.municipality = :fMunicipality");
        }
        if (overdue) {
            parts.add("s.status = 'OPEN' and s.first_contact_due < :today");
        }
        if (unowned) {
            parts.add("s.status = 'OPEN' and s.assigned_organisation_id is null");
        }
        return parts.isEmpty() ? "" : " and " + String.join(" and ", parts);
    }
}
