package nl.pil.compile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.pil.model.Diagnostic;

/**
 * What a build or check did.
 *
 * @param published whether new output replaced the old (false on errors, and always for a check)
 * @param stageTimes time spent per stage, in pipeline order
 * @param upToDate   nothing was built: every input was as the last build left it, whose output is in place and whose
 *                   diagnostics these are ({@link Compiler#buildIfChanged()})
 */
public record BuildResult(
        List<Diagnostic> diagnostics,
        boolean published,
        int leaflets,
        int pages,
        Map<String, Duration> stageTimes,
        boolean upToDate) {

    public BuildResult(
            List<Diagnostic> diagnostics,
            boolean published,
            int leaflets,
            int pages,
            Map<String, Duration> stageTimes) {
        this(diagnostics, published, leaflets, pages, stageTimes, false);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
