package nl.overstap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a stage's SQL is cut into statements, and how name lists become a text[] literal. */
class NationalDataSetStatementsTest {

    @Test
    void aStageIsSplitAtSemicolonsThatEndALineButNotInsideADollarQuotedBody() {
        String sql = """
                set local work_mem = '256MB';
                do $$
                declare x integer;
                begin perform 1; end
                $$;
                select 1
                """;

        List<String> statements = NationalDataSet.statements(sql);

        assertThat(statements).hasSize(3);
        assertThat(statements.get(1)).contains("declare x integer;").contains("end\n$$");
        assertThat(statements.get(2).strip()).isEqualTo("select 1");
    }

    @Test
    void namesAreQuotedInTheArrayLiteral() {
        assertThat(NationalDataSet.arrayLiteral(List.of("de Vries", "O\"Neil", "a\\b")))
                .isEqualTo("{\"de Vries\",\"O\\\"Neil\",\"a\\\\b\"}");
    }
}
