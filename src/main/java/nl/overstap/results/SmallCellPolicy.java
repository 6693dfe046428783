package nl.overstap.results;

/**
 * Small-cell suppression (ADR 0016). A count of 1 to 4 is shown as "&lt;5"; a rate or mean over fewer
 * than 5 is not shown. In a table with totals, a line (row or column) with exactly one suppressed cell
 * would give that cell away (total minus the rest), so the next-smallest cell of that line is
 * suppressed too (secondary suppression), repeated until no line has exactly one.
 */
public final class SmallCellPolicy {

    /** Counts below this (and above zero) are small. */
    public static final int THRESHOLD = 5;

    private SmallCellPolicy() {}

    /** A count of 1 to 4. */
    public static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A mean or median over {@code n} items is shown only when n is at least 5. */
    public static boolean hidesSummary(long n) {
        return n < THRESHOLD;
    }

    /**
     * A share {@code part / whole} is shown only when the whole is at least 5 and the part is not a
     * small count (the share times the whole would give the part away).
     */
    public static boolean hidesShare(long part, long whole) {
        return whole < THRESHOLD || small(part);
    }

    /**
     * Which cells of a table of counts to hide: primary (small counts) and secondary (so that no row
     * with a row total, nor column with a column total, has exactly one hidden cell).
     */
    public static boolean[][] suppress(long[][] counts, boolean rowTotals, boolean columnTotals) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = small(counts[r][c]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (rowTotals) {
                for (int r = 0; r < rows; r++) {
                    changed |= protectLine(counts, hidden, r, true);
                }
            }
            if (columnTotals) {
                for (int c = 0; c < columns; c++) {
                    changed |= protectLine(counts, hidden, c, false);
                }
            }
        }
        return hidden;
    }

    /** Hides one more cell of the line when it has exactly one hidden cell; true when it did. */
    private static boolean protectLine(long[][] counts, boolean[][] hidden, int line, boolean isRow) {
        int length = isRow ? counts[line].length : counts.length;
        int hiddenCount = 0;
        int best = -1;
        for (int i = 0; i < length; i++) {
            int r = isRow ? line : i;
            int c = isRow ? i : line;
            if (hidden[r][c]) {
                hiddenCount++;
            } else if (best < 0 || better(counts[r][c], at(counts, line, best, isRow))) {
                best = i;
            }
        }
        if (hiddenCount != 1 || best < 0) {
            return false;
        }
        hidden[isRow ? line : best][isRow ? best : line] = true;
        return true;
    }

    /** The smallest positive count first; a zero only when nothing else is left. */
    private static boolean better(long candidate, long current) {
        if (candidate > 0 && current > 0) {
            return candidate < current;
        }
        return candidate > 0;
    }

    private static long at(long[][] counts, int line, int i, boolean isRow) {
        return isRow ? counts[line][i] : counts[i][line];
    }
}
