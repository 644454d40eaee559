package dev.azsm.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a job run progresses on {@link FakeStorageMover}, poll by poll: each step is the run's
 * {@code properties} object for one read; the last step repeats. Usually made by a
 * {@link Scenario}.
 *
 * @param steps the properties of each read, at least one
 */
public record RunScript(List<Map<String, Object>> steps) {

    /**
     * Checks there is a step and copies the steps.
     *
     * @throws IllegalArgumentException if there is none
     */
    public RunScript {
        Objects.requireNonNull(steps, "steps is null");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A run script needs at least one step");
        }
        steps = steps.stream().map(s -> Collections.unmodifiableMap(new LinkedHashMap<>(s))).toList();
    }

    /**
     * Returns the properties of a read.
     *
     * @param read 0 for the first read
     * @return the step, the last one once the script is exhausted
     */
    public Map<String, Object> step(int read) {
        return steps.get(Math.min(read, steps.size() - 1));
    }

    /** @return the terminal step */
    public Map<String, Object> last() {
        return steps.get(steps.size() - 1);
    }
}
