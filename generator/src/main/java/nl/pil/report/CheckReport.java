package nl.pil.report;

import java.util.List;
import nl.pil.model.Diagnostic;

/**
 * What a check found, to be written as a report.
 *
 * @param diagnostics every problem, in the order they are printed (sorted by file and position)
 * @param leaflets    how many leaflets were read
 * @param pages       how many pages they make (leaflets × languages)
 */
public record CheckReport(List<Diagnostic> diagnostics, int leaflets, int pages) {
    public CheckReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
