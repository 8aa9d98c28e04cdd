package nl.pil.cli;

import java.io.PrintWriter;
import nl.pil.app.BuildSummary;
import nl.pil.report.Reports;

/** Prints the problems a run found, one {@code path:line:column: error|warning: message} each, with its hint. */
final class Report {
    private Report() {}

    static void diagnostics(BuildSummary summary, PrintWriter err) {
        err.print(Reports.text(summary.report()));
        err.flush();
    }
}
