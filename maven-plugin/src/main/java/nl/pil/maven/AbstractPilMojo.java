package nl.pil.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * Parameters shared by the goals, and where a goal runs. Pil is Java 21; Maven may run on an older Java (17 on many
 * build servers). So the mojos are compiled for Java 17 and touch no Pil class: when Maven's JVM is 21 or newer the
 * goal runs in it ({@link Goals}), otherwise in a forked JVM on a Java 21+ that {@link JavaFinder} finds.
 */
abstract class AbstractPilMojo extends AbstractMojo {
    /** The project's folder; the defaults below are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Content folder holding {@code site.yaml} and one folder per leaflet. */
    @Parameter(property = "pil.content", defaultValue = "${project.basedir}/content", required = true)
    File content;

    /**
     * Template folder whose files shadow the built-in templates of the same name. Optional: when the default
     * folder does not exist, the built-in templates are used; a folder configured explicitly must exist.
     */
    @Parameter(property = "pil.templates", defaultValue = "${project.basedir}/templates")
    File templates;

    /** Fail on warnings too, not only on errors. */
    @Parameter(property = "pil.failOnWarnings", defaultValue = "false")
    boolean failOnWarnings;

    /**
     * Warnings of the check rules count as errors (as {@code checks: {strict: true}} in {@code site.yaml}), for this
     * run, whatever {@code site.yaml} says. Warnings that are not a rule's stay warnings ({@code failOnWarnings} fails
     * on those too).
     */
    @Parameter(property = "pil.strict", defaultValue = "false")
    boolean strict;

    /** Check review deadlines against this date ({@code YYYY-MM-DD}) instead of today, for reproducible builds. */
    @Parameter(property = "pil.today")
    String today;

    /**
     * Publish only these of {@code site.yaml}'s languages (e.g. {@code nl,en}); empty publishes all. Every language is
     * still checked, so a translation that contradicts its source fails the build either way.
     */
    @Parameter(property = "pil.languages")
    List<String> languages;

    /** Skip this goal. */
    @Parameter(property = "pil.skip", defaultValue = "false")
    boolean skip;

    /**
     * The Java (21 or newer) to run Pil on, in a forked JVM. Not set: a JDK 21+ from Maven Toolchains
     * ({@code toolchains.xml}), else the JVM Maven runs on when it is 21 or newer (no fork), else {@code JAVA_HOME},
     * else the folders JDKs are usually installed in ({@code /usr/lib/jvm}, ...).
     */
    @Parameter(property = "pil.javaHome")
    File javaHome;

    /** Pil and its libraries, for a forked JVM. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true)
    List<Artifact> pluginArtifacts;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Component
    ToolchainManager toolchains;

    /** The goal's name, for log lines and for the forked JVM. */
    abstract String goal();

    /** Runs the goal in this JVM (Java 21 or newer). */
    abstract void runHere(Params params) throws GoalException;

    /** Runs the goal in a forked JVM. */
    void runForked(Fork fork, Params params) throws GoalException {
        fork.run(params, basedir, null);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        Params params = params();
        JavaFinder.Jdk jdk = new JavaFinder().find(javaHome, this::toolchainJava);
        try {
            if (jdk == null) {
                runHere(params);
            } else {
                getLog().info("Pil runs on Java " + jdk.version() + " in " + jdk.home() + " (from " + jdk.foundThrough()
                        + "; Maven runs on Java " + Runtime.version().feature() + ")");
                runForked(new Fork(jdk, classPath(), getLog()), params);
            }
        } catch (GoalException e) {
            if (e.isFailure()) {
                throw new MojoFailureException(e.getMessage());
            }
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        }
    }

    /** {@code true} when the goal is skipped (and says so). */
    boolean skipped() {
        if (skip) {
            getLog().info("Pil " + goal() + " skipped (pil.skip)");
        }
        return skip;
    }

    /** The goal's parameters as plain text (see {@link Goals#options} for what they become). */
    Params params() {
        Params p = new Params(goal())
                .set("basedir", basedir)
                .set("content", content)
                .set("output", outputFolder())
                .set("today", today)
                .setAll("formats", formatItems())
                .setAll("languages", languages)
                .set("failOnWarnings", failOnWarnings)
                .set("strict", strict);
        if (templates != null) {
            // the default folder may be missing (built-in templates); one configured explicitly must exist
            boolean byDefault = basedir != null
                    && templates.getAbsoluteFile().equals(new File(basedir, "templates").getAbsoluteFile());
            p.set("templates", templates).set("templatesByDefault", byDefault);
        }
        return more(p);
    }

    /** The parameters only this goal has. */
    Params more(Params p) {
        return p;
    }

    /** Where the site is written. The check goal writes nothing, so it has no parameter for it. */
    File outputFolder() {
        return new File(basedir, "target/pil-site");
    }

    /** Which outputs to write, as configured; the check goal writes none, so it has no parameter for it. */
    List<String> formatItems() {
        return null;
    }

    /** The {@code java} of a JDK 21+ declared in {@code toolchains.xml}, or {@code null}. */
    private String toolchainJava() {
        if (toolchains == null || session == null) {
            return null;
        }
        List<Toolchain> found =
                toolchains.getToolchains(session, "jdk", Map.of("version", "[" + JavaFinder.REQUIRED + ",)"));
        for (Toolchain toolchain : found) {
            String java = toolchain.findTool("java");
            if (java != null) {
                return java;
            }
        }
        return null;
    }

    /** The plugin's resolved dependencies; {@code null} outside Maven (tests), where this JVM's class path serves. */
    private List<File> classPath() {
        if (pluginArtifacts == null) {
            return null;
        }
        List<File> files = new ArrayList<>();
        for (Artifact a : pluginArtifacts) {
            if (a.getFile() != null) {
                files.add(a.getFile());
            }
        }
        return files;
    }
}
