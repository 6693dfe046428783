package nl.overstap.youth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.overstap.shared.DataCategory;

/**
 * The details page of a youth: the current details per data category the viewer may see, and the
 * full correction history, newest first.
 *
 * @param mayCorrect whether the viewer may correct the details (a coach of the youth's organisation)
 */
public record YouthDetailsView(Header header, List<Group> groups, List<YouthChange> history, boolean mayCorrect) {

    /** The youth's name and the viewer's access, for the page heading and the file navigation. */
    public record Header(UUID youthId, String displayName, Access access) {}

    /**
     * What the viewer may see of this youth, in the shape the file navigation
     * ({@code casefile/nav.html}) reads from a {@code consent.Grant}: {@code allows(category)} and
     * {@code ownScope()}. The youth module cannot use the grant itself (consent depends on youth),
     * so this page admits exactly the viewers whose grant would be in their own scope: the coaches of
     * the youth's organisation and the coordinators of its region ({@link YouthScope}), who see every
     * category.
     */
    public record Access(Set<DataCategory> categories, boolean ownScope) {

        public Access {
            categories = Collections.unmodifiableSet(
                    categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories));
        }

        static Access full() {
            return new Access(EnumSet.allOf(DataCategory.class), true);
        }

        public boolean allows(DataCategory category) {
            return categories.contains(category);
        }
    }

    /** The current details of one data category. */
    public record Group(DataCategory category, List<Line> lines) {}

    /** One current detail. */
    public record Line(YouthCorrectionField field, YouthCorrectionField.Shown shown) {}
}
