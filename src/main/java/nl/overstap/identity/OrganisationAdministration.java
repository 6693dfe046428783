package nl.overstap.identity;

import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Municipality;
import nl.overstap.shared.NotFoundException;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Adding organisations to the partnership; administrators only. */
@Service
class OrganisationAdministration {

    private final Organisations organisations;

    OrganisationAdministration(Organisations organisations) {
        this.organisations = organisations;
    }

    @Transactional
    public @Nullable UUID create(CurrentUser admin, OrganisationForm form, Errors errors) {
        if (!admin.is(Role.ADMIN)) {
            throw new NotFoundException();
        }
        if (form.name() == null || form.name().isBlank()) {
            errors.rejectValue("name", "organisation.error.name.required");
        }
        OrganisationKind kind = parse(OrganisationKind.class, form.kind());
        if (kind == null) {
            errors.rejectValue("kind", "organisation.error.kind.required");
        }
        if (form.region() == null || form.region().isBlank()) {
            errors.rejectValue("region", "organisation.error.region.required");
        }
        Municipality municipality = parse(Municipality.class, form.municipality());
        if (form.municipality() != null && !form.municipality().isBlank() && municipality == null) {
            errors.rejectValue("municipality", "organisation.error.municipality.invalid");
        }
        if (errors.hasErrors() || kind == null) {
            return null;
        }
        return organisations
                .create(
                        form.name().trim(),
                        kind,
                        form.region().trim(),
                        municipality == null ? null : municipality.name())
                .id();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        return nl.overstap.shared.Choices.parse(type, value).orElse(null);
    }
}
