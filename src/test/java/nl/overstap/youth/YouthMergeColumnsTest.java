package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;

import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every column that references youth(id) has been looked at for merging: a table added by a later
 * migration fails this test until its unique rules are checked and it is listed in
 * {@link YouthMergeColumns#KNOWN} (and, where a unique rule could clash, handled in {@link MergePolicy}).
 */
@IntegrationTest
class YouthMergeColumnsTest {

    @Autowired
    YouthMergeColumns columns;

    @Test
    void everyYouthReferencingColumnInTheCatalogIsHandledExplicitly() {
        assertThat(columns.all())
                .extracting(YouthMergeColumns.Column::key)
                .containsExactlyInAnyOrderElementsOf(YouthMergeColumns.KNOWN.keySet());
    }

    @Test
    void everyMovedTableHasASingleColumnPrimaryKeyOrIsKeyedByTheYouth() {
        assertThat(columns.all())
                .allSatisfy(c -> assertThat(c.primaryKey()).as(c.key()).isNotNull());
    }
}
