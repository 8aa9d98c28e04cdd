package nl.pil.model;

/** A place in a content file; line and column are 1-based. */
public record SourcePosition(String file, int line, int column) {

    public static SourcePosition of(String file) {
        return new SourcePosition(file, 1, 1);
    }

    public SourcePosition withLine(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }
}
