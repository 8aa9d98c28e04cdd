package nl.pil.cli;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.pil.publish.Publisher;
import nl.pil.search.LeafletSearcher;
import nl.pil.search.SearchRequest;
import nl.pil.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search a built site's index, as patients would: prints the top results (id, title, score).")
final class SearchCommand implements Callable<Integer> {
    private static final Duration COMMAND_LINE_BUDGET = Duration.ofSeconds(10);

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What a patient would type.")
    String[] words;

    @Option(
            names = {"-l", "--lang"},
            description = "Language of the query (default: the site's source language).")
    String lang;

    @Option(
            names = "--type",
            description = "Only leaflets of this type (condition, exam, treatment, aftercare, general).")
    String type;

    @Option(
            names = {"-n", "--limit"},
            defaultValue = "10",
            description = "Number of results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "DIR",
            defaultValue = "build/site",
            description = "The built site (default: ${DEFAULT-VALUE}).")
    Path site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Publisher.recover(site); // a build killed in its swap left the site beside its folder
        try (LeafletSearcher searcher = LeafletSearcher.open(site)) {
            String language = lang != null ? lang : searcher.sourceLanguage();
            if (!searcher.languages().contains(language)) {
                spec.commandLine()
                        .getErr()
                        .println("pil: no index for language '" + language + "'; the site has " + searcher.languages());
                return Main.USAGE;
            }
            // one search of a fresh JVM: the service's budget (a quarter second) would go on loading classes, and
            // a person at the command line waits a moment rather than get nothing
            SearchResponse r = searcher.search(
                    new SearchRequest(String.join(" ", words), language, type, null, limit), COMMAND_LINE_BUDGET);
            out.printf(
                    Locale.ROOT,
                    "%d match%s in %s (%d ms)%n",
                    r.total(),
                    r.total() == 1 ? "" : "es",
                    language,
                    r.tookMs());
            int rank = 1;
            for (SearchResponse.Hit hit : r.results()) {
                out.printf(
                        Locale.ROOT,
                        "%2d. %-32s %-50s %7.3f%s%n",
                        rank++,
                        hit.id(),
                        hit.title(),
                        hit.score(),
                        hit.fallback() ? "  (" + hit.lang() + ")" : "");
            }
            if (r.suggestion() != null) {
                out.println("did you mean: " + r.suggestion());
            }
            return 0;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("pil: no search index in " + site + "; run 'pil build' first");
            return Main.CONTENT_ERRORS;
        }
    }
}
