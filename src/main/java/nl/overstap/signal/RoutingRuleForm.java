package nl.overstap.signal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A routing rule as typed: empty municipality, programme or source means "any". */
public record RoutingRuleForm(
        @Nullable String municipality,
        @Nullable UUID programmeId,
        @Nullable String source,
        @Nullable UUID organisationId,
        @Nullable String priority) {

    static RoutingRuleForm empty() {
        return new RoutingRuleForm(null, null, null, null, "100");
    }
}
