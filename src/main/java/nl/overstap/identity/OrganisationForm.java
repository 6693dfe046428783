package nl.overstap.identity;

import org.jspecify.annotations.Nullable;

/** What an administrator types to add an organisation. */
record OrganisationForm(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String region,
        @Nullable String municipality) {

    static OrganisationForm empty() {
        return new OrganisationForm(null, null, "Haaglanden", null);
    }
}
