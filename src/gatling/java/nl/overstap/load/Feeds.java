package nl.overstap.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the feeder CSVs of gatling-feeders.sh (no quoting: ids and usernames only). Columns with
 * '|'-joined ids become lists.
 */
final class Feeds {

    private Feeds() {}

    static List<Map<String, Object>> read(String name, int limit) {
        Path file = LoadConfig.feeders().resolve(name + ".csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Run docs/benchmarks/gatling-feeders.sh first: " + file, e);
        }
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (records.size() >= limit) {
                break;
            }
            String[] cells = line.split(",", -1);
            Map<String, Object> record = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                String cell = i < cells.length ? cells[i] : "";
                record.put(header[i], cell);
                record.put(header[i] + "List", cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|")));
            }
            records.add(record);
        }
        if (records.isEmpty()) {
            throw new IllegalStateException("No rows in " + file);
        }
        return records;
    }

    /** Rows of a feeder whose usernames were given in a comma-separated system property, else the file. */
    static List<Map<String, Object>> usernamesOr(String property, String name, int limit) {
        String given = System.getProperty(property);
        if (given == null || given.isBlank()) {
            return read(name, limit);
        }
        List<Map<String, Object>> records = new ArrayList<>();
        for (String username : given.split(",")) {
            records.add(new HashMap<>(Map.of("username", username.trim())));
        }
        return records;
    }
}
