package nl.overstap.access;

import java.util.Arrays;

/** What a request must answer. The symbol is what the rule grids use. */
enum Outcome {
    /** 2xx, or a 3xx redirect to a page other than the login page. */
    ALLOW("A", "allowed"),
    /** 200: the form is shown again with its errors (POST with an empty body). */
    FORM_ERROR("F", "form error (200)"),
    /** 404, exactly as for an unknown id. */
    DENY_404("4", "404"),
    /** A redirect to the login page (anonymous). */
    LOGIN_REDIRECT("L", "login");

    final String symbol;
    final String label;

    Outcome(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    boolean refused() {
        return this == DENY_404 || this == LOGIN_REDIRECT;
    }

    static Outcome bySymbol(String symbol) {
        return Arrays.stream(values())
                .filter(o -> o.symbol.equals(symbol))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No outcome symbol '" + symbol + "'"));
    }
}
