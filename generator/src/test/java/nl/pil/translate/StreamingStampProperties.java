package nl.pil.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import nl.pil.ContentFixture;
import nl.pil.cli.Main;
import nl.pil.link.Linker;
import nl.pil.link.Site;
import nl.pil.link.TranslationState;
import nl.pil.load.ContentLoader;
import nl.pil.model.Diagnostics;
import nl.pil.publish.Publisher;

/**
 * {@code pil translations --stamp} reads only each file's front matter and body text, one leaflet at a time; the build
 * judges translations from the whole content, parsed and linked. Whatever the source says and however it is written
 * (Markdown of every kind, carriage returns, a byte-order mark, control characters, trailing white space), what the
 * stamp records is what the build computes: after stamping, every translation is current.
 */
class StreamingStampProperties {
    private Path dir;

    @AfterTry
    void cleanUp() throws IOException {
        if (dir != null) {
            Publisher.deleteTree(dir);
        }
    }

    @Property(tries = 60)
    void afterStampingEveryTranslationIsCurrent(@ForAll("bodies") List<String> bodies, @ForAll boolean bom)
            throws IOException {
        dir = Files.createTempDirectory("pil-stamp");
        ContentFixture f = new ContentFixture(dir);
        for (int i = 0; i < bodies.size(); i++) {
            f.leaflet("dept/l" + i, "exam", "Onderzoek " + i, "prepare-days: " + (i % 3), bodies.get(i))
                    .translation("dept/l" + i, "en", "Exam " + i, "", "Text " + i + ".\n");
            if (bom && i % 2 == 0) {
                Path source = f.root().resolve("dept/l" + i + "/nl.md");
                f.write("dept/l" + i + "/nl.md", "\uFEFF" + Files.readString(source));
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(out),
                new PrintWriter(err),
                "translations",
                "--stamp",
                "--content",
                f.root().toString(),
                "--today",
                "2026-11-23");
        assertEquals(0, code, () -> out + "\n" + err);
        assertEquals(
                bodies.size() + (bodies.size() == 1 ? " translation" : " translations") + " stamped",
                out.toString().strip().lines().toList().getLast());
        Map<String, TranslationState> states = new TreeMap<>();
        for (var pages : link(f.root()).pages().values()) {
            pages.values().stream()
                    .filter(p -> p.lang().equals("en"))
                    .forEach(p -> states.put(p.translation().displayPath(), p.state()));
        }
        assertEquals(bodies.size(), states.size());
        states.forEach((file, state) -> assertEquals(TranslationState.CURRENT, state, file));
    }

    private static Site link(Path root) {
        Diagnostics d = new Diagnostics();
        return new Linker(ContentFixture.TODAY)
                .link(new ContentLoader(root).load(d).orElseThrow(), d);
    }

    @Provide
    Arbitrary<List<String>> bodies() {
        Arbitrary<String> piece = Arbitraries.of(
                "Neem uw medicijnlijst mee.",
                "## Voorbereiding\n\n",
                "* eerste punt\n  * genest punt\n",
                "1. stap een\n2. stap twee\n",
                "| Soort | Wat |\n|---|---|\n| CT | scan |\n",
                "Gebruik `code` en **vet** en _schuin_.",
                "> [!WARNING]\n> Bel bij koorts.\n",
                "```\nblok code\n```\n",
                "Regel met CRLF\r\n",
                "tab\tin de tekst   ",
                "controle\u0007teken",
                "[link](https://example.org) en <b>html</b>",
                "\n\n",
                "   \n",
                "Ünïcode — “aanhalingstekens” 😀");
        Arbitrary<String> body = piece.list().ofMinSize(0).ofMaxSize(8).map(ps -> String.join("", ps));
        return body.list().ofMinSize(1).ofMaxSize(4);
    }
}
