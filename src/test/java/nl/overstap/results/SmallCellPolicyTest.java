package nl.overstap.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellPolicyTest {

    @Test
    void countsOfOneToFourAreSmallButZeroAndFiveAreNot() {
        assertThat(SmallCellPolicy.small(0)).isFalse();
        assertThat(SmallCellPolicy.small(1)).isTrue();
        assertThat(SmallCellPolicy.small(4)).isTrue();
        assertThat(SmallCellPolicy.small(5)).isFalse();
    }

    @Test
    void sharesNeedAWholeOfFiveAndAPartThatIsNotSmall() {
        assertThat(SmallCellPolicy.hidesShare(2, 4)).isTrue();
        assertThat(SmallCellPolicy.hidesShare(3, 40)).isTrue();
        assertThat(SmallCellPolicy.hidesShare(0, 40)).isFalse();
        assertThat(SmallCellPolicy.hidesShare(35, 40)).isFalse();
        assertThat(SmallCellPolicy.hidesSummary(4)).isTrue();
        assertThat(SmallCellPolicy.hidesSummary(5)).isFalse();
    }

    @Test
    void aColumnWithOneSmallCellAlsoHidesTheNextSmallestPositiveCell() {
        long[][] counts = {{3}, {0}, {12}, {9}, {40}};

        boolean[][] hidden = SmallCellPolicy.suppress(counts, false, true);

        assertThat(hidden[0][0]).isTrue();
        assertThat(hidden[1][0]).as("a zero would give the small cell away").isFalse();
        assertThat(hidden[3][0]).as("9 is the next smallest").isTrue();
        assertThat(hidden[2][0]).isFalse();
        assertThat(hidden[4][0]).isFalse();
    }

    @Test
    void twoSmallCellsInAColumnNeedNothingMore() {
        long[][] counts = {{3}, {2}, {12}};

        boolean[][] hidden = SmallCellPolicy.suppress(counts, false, true);

        assertThat(hidden).isEqualTo(new boolean[][] {{true}, {true}, {false}});
    }

    @Test
    void withoutTotalsOnlyTheSmallCellsAreHidden() {
        long[][] counts = {{3, 12}, {20, 30}};

        boolean[][] hidden = SmallCellPolicy.suppress(counts, false, false);

        assertThat(hidden).isEqualTo(new boolean[][] {{true, false}, {false, false}});
    }

    @Test
    void inRandomTablesNoLineWithATotalEverHasExactlyOneHiddenCell() {
        Random random = new Random(20261124);
        for (int run = 0; run < 5_000; run++) {
            int rows = 1 + random.nextInt(8);
            int columns = 1 + random.nextInt(6);
            long[][] counts = new long[rows][columns];
            for (long[] row : counts) {
                for (int c = 0; c < columns; c++) {
                    int kind = random.nextInt(4);
                    row[c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(60);
                }
            }
            boolean rowTotals = random.nextBoolean();
            boolean columnTotals = random.nextBoolean();

            boolean[][] hidden = SmallCellPolicy.suppress(counts, rowTotals, columnTotals);

            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (SmallCellPolicy.small(counts[r][c])) {
                        assertThat(hidden[r][c])
                                .as("every small cell is hidden")
                                .isTrue();
                    }
                }
            }
            if (rowTotals && columns > 1) {
                for (int r = 0; r < rows; r++) {
                    int n = 0;
                    for (int c = 0; c < columns; c++) {
                        n += hidden[r][c] ? 1 : 0;
                    }
                    assertThat(n).as("hidden cells in row %d of run %d", r, run).isNotEqualTo(1);
                }
            }
            if (columnTotals && rows > 1) {
                for (int c = 0; c < columns; c++) {
                    int n = 0;
                    for (int r = 0; r < rows; r++) {
                        n += hidden[r][c] ? 1 : 0;
                    }
                    assertThat(n)
                            .as("hidden cells in column %d of run %d", c, run)
                            .isNotEqualTo(1);
                }
            }
        }
    }
}
