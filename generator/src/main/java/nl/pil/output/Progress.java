package nl.pil.output;

import java.time.Duration;

/** Told how a build advances, stage by stage and item by item (pages, handouts), e.g. to draw a progress bar. */
public interface Progress {
    /** @param total how many steps the stage has, or 0 when unknown */
    void begin(String stage, int total);

    /** One step of {@code stage} done; may be called from several threads. */
    void step(String stage);

    void end(String stage, Duration took);

    Progress NONE = new Progress() {
        @Override
        public void begin(String stage, int total) {}

        @Override
        public void step(String stage) {}

        @Override
        public void end(String stage, Duration took) {}
    };
}
