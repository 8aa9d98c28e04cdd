package nl.pil.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A goal's parameters as plain text, so that they cross into a forked JVM as {@code key=value} arguments. Holds no
 * Pil types: the mojos make it on whatever Java Maven runs on (see {@link JavaFinder}).
 */
final class Params {
    private final String goal;
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Params(String goal) {
        this.goal = goal;
    }

    String goal() {
        return goal;
    }

    /** Sets {@code key} to {@code value}, a file as an absolute path (the forked JVM runs elsewhere); {@code null} leaves it unset. */
    Params set(String key, Object value) {
        if (value instanceof File file) {
            values.put(key, List.of(file.getAbsolutePath()));
        } else if (value != null) {
            values.put(key, List.of(value.toString()));
        }
        return this;
    }

    /** Sets {@code key} to a list; {@code null} leaves it unset (an empty list is set, and stays empty). */
    Params setAll(String key, List<String> list) {
        if (list != null) {
            values.put(key, List.copyOf(list));
        }
        return this;
    }

    /** The value of {@code key}, {@code null} when unset. */
    String get(String key) {
        List<String> v = values.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    boolean flag(String key) {
        return Boolean.parseBoolean(get(key));
    }

    /** The list under {@code key}, {@code null} when unset. */
    List<String> list(String key) {
        return values.get(key);
    }

    /** The goal, then one {@code key=value} per value (a list gives one per item; an empty list {@code key[]}). */
    List<String> toArgs() {
        List<String> args = new ArrayList<>();
        args.add(goal);
        values.forEach((key, list) -> {
            if (list.isEmpty()) {
                args.add(key + "[]");
            }
            for (String v : list) {
                args.add(key + "=" + v);
            }
        });
        return args;
    }

    static Params fromArgs(String... args) {
        Params p = new Params(args[0]);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (eq < 0) {
                p.values.putIfAbsent(arg.substring(0, arg.length() - 2), new ArrayList<>());
                continue;
            }
            p.values
                    .computeIfAbsent(arg.substring(0, eq), k -> new ArrayList<>())
                    .add(arg.substring(eq + 1));
        }
        return p;
    }
}
