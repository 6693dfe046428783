package nl.overstap.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table written as text: a header line with one column per {@link Who}, then one line per
 * {@link Variant} (its label, then one cell per column). Every role must have a column and every
 * cell must be filled, so a grid can never silently leave a case out.
 *
 * <pre>
 *                anon coach coach2 coach3 coord partner analyst employer admin
 *   own-org      L    A     A      4      A     4       4       4        4
 * </pre>
 */
final class Grid {

    final String name;
    private final Map<Variant, Map<Who, String>> cells;

    private Grid(String name, Map<Variant, Map<Who, String>> cells) {
        this.name = name;
        this.cells = cells;
    }

    static Grid parse(String name, String text) {
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<Who> columns = new ArrayList<>();
        for (String header : lines.get(0).split("\\s+")) {
            columns.add(Who.byColumn(header));
        }
        if (!Set.copyOf(columns).equals(Set.of(Who.values())) || columns.size() != Who.values().length) {
            throw new IllegalArgumentException(name + ": the header must name every role once: " + lines.get(0));
        }
        Map<Variant, Map<Who, String>> cells = new EnumMap<>(Variant.class);
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\\s+");
            if (parts.length != columns.size() + 1) {
                throw new IllegalArgumentException(name + ": expected " + columns.size() + " cells in: " + line);
            }
            Variant variant = Variant.byLabel(parts[0]);
            Map<Who, String> row = new EnumMap<>(Who.class);
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), parts[i + 1]);
            }
            if (cells.put(variant, row) != null) {
                throw new IllegalArgumentException(name + ": variant " + variant.label + " appears twice");
            }
        }
        return new Grid(name, cells);
    }

    Set<Variant> variants() {
        return cells.keySet();
    }

    String cell(Variant variant, Who who) {
        Map<Who, String> row = cells.get(variant);
        if (row == null) {
            throw new IllegalArgumentException(name + " has no row for " + variant.label);
        }
        return row.get(who);
    }

    /** Fails unless the grid has exactly these rows and (if any are given) only cells from {@code allowed}. */
    Grid requireRows(List<Variant> rows, String... allowed) {
        if (!cells.keySet().equals(Set.copyOf(rows))) {
            throw new IllegalArgumentException(
                    name + " must have exactly the rows " + rows + " but has " + cells.keySet());
        }
        List<String> symbols = Arrays.asList(allowed);
        if (symbols.isEmpty()) {
            return this;
        }
        cells.forEach((variant, row) -> row.forEach((who, cell) -> {
            if (!symbols.contains(cell)) {
                throw new IllegalArgumentException(name + ": cell '" + cell + "' at " + variant.label + "/" + who.column
                        + " is not one of " + symbols);
            }
        }));
        return this;
    }
}
