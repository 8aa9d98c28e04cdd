package nl.pil.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.pil.compile.BuildOptions;
import nl.pil.compile.BuildResult;
import nl.pil.compile.BuildSession;
import nl.pil.compile.Compiler;
import nl.pil.output.Progress;
import nl.pil.serve.LiveReload;

/**
 * Rebuilds a project whenever its content or templates change, and tells open pages ({@link LiveReload}): what
 * {@code pil watch} and {@code mvn pil:serve -Dpil.watch} run. A failed build publishes nothing, so the last good
 * site stays served while its errors are shown over the page.
 */
public final class Rebuilder implements AutoCloseable {
    /** Quiet time that ends a burst of saves: editors write a file in several steps. */
    static final long QUIET_MILLIS = 150;

    /** What a rebuild gave: the compiler (for its outputs' counts), its result, and how long it took. */
    public record Rebuilt(Compiler compiler, BuildResult result, Duration took) {}

    /** Told of every rebuild. */
    public interface Listener {
        void rebuilt(Rebuilt rebuilt);

        /** The rebuild could not write the site (e.g. the disk is full) or hit a bug. */
        void failed(Exception e);
    }

    private final BuildOptions options;
    private final BuildSession session;
    private final LiveReload live;
    private final FolderWatcher watcher;
    private final List<Path> roots;

    /** @param session what earlier builds of this process kept (the first build should have used it too) */
    public Rebuilder(BuildOptions options, BuildSession session, LiveReload live) throws IOException {
        this.options = options;
        this.session = session;
        this.live = live;
        List<Path> folders = new ArrayList<>(options.templateFolders());
        folders.add(options.contentFolder());
        this.roots = List.copyOf(folders);
        this.watcher = new FolderWatcher(roots, QUIET_MILLIS, builtBy(options.outputFolder()));
        session.watching(); // registered: from here on the watcher sees every change
    }

    /** The folders watched: the template folders and the content folder. */
    public List<Path> roots() {
        return roots;
    }

    /** Blocks, rebuilding after each burst of changes, until {@link #close()}. */
    public void run(Listener listener) throws InterruptedException {
        watcher.run(changes -> {
            long start = System.nanoTime();
            if (changes.complete()) {
                session.changed(changes.paths()); // only these files are read again
            } else {
                session.lostTrack();
            }
            try {
                Compiler compiler = new Compiler(options, Progress.NONE, session);
                BuildResult result = compiler.build();
                live.built(result.diagnostics());
                listener.rebuilt(new Rebuilt(compiler, result, Duration.ofNanos(System.nanoTime() - start)));
            } catch (IOException | RuntimeException e) {
                listener.failed(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }

    /**
     * What a build writes: the output folder, its staging and replaced copies beside it, so that an output folder
     * inside the content folder does not make every build start the next.
     */
    static Predicate<Path> builtBy(Path outputFolder) {
        Path out = outputFolder.toAbsolutePath().normalize();
        String siblings = "." + out.getFileName() + ".";
        return path -> path.startsWith(out)
                || (out.getParent() != null
                        && path.getParent() != null
                        && path.getParent().equals(out.getParent())
                        && path.getFileName().toString().startsWith(siblings));
    }
}
