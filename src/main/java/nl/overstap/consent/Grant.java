package nl.overstap.consent;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.overstap.shared.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * What one user may see of one youth, and on which basis per category.
 *
 * @param ownScope the youth belongs to the user's own caseload scope (coach's organisation,
 *     coordinator's region): the user works on the file, not only reads parts of it
 * @param emergencyUntil set when the access rests on break-the-glass
 */
public record Grant(
        UUID youthId,
        UUID youthOrganisationId,
        Set<DataCategory> categories,
        Map<DataCategory, String> basis,
        boolean ownScope,
        @Nullable Instant emergencyUntil,
        @Nullable String emergencyReason) {

    public Grant {
        categories = Collections.unmodifiableSet(
                categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories));
        basis = Collections.unmodifiableMap(new TreeMap<>(basis));
    }

    public boolean allows(DataCategory category) {
        return categories.contains(category);
    }

    public boolean emergency() {
        return emergencyUntil != null;
    }

    /** The basis of the given categories, for the access log (e.g. "consent:…/v2;statute:Jeugdwet"). */
    public String basisFor(Set<DataCategory> touched) {
        return touched.stream()
                .filter(categories::contains)
                .map(c -> c.name() + "=" + basis.getOrDefault(c, "-"))
                .sorted()
                .collect(Collectors.joining(";"));
    }
}
