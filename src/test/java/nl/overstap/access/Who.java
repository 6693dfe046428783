package nl.overstap.access;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Who sends the request: nobody (anonymous) or one of the demo accounts. Columns of the rule grids. */
enum Who {
    ANONYMOUS("anon", null),
    COACH("coach", "coach"),
    COACH2("coach2", "coach2"),
    COACH3("coach3", "coach3"),
    COORDINATOR("coord", "coordinator"),
    PARTNER("partner", "partner"),
    ANALYST("analyst", "analyst"),
    EMPLOYER("employer", "employer"),
    ADMIN("admin", "admin");

    /** The column header in the grids. */
    final String column;

    final @Nullable String username;

    Who(String column, @Nullable String username) {
        this.column = column;
        this.username = username;
    }

    String label() {
        return username == null ? "anonymous" : username;
    }

    static Who byColumn(String column) {
        return Arrays.stream(values())
                .filter(w -> w.column.equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No role column '" + column + "'"));
    }
}
