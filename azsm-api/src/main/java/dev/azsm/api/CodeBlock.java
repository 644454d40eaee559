package dev.azsm.api;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A sub-category block of status codes: within a scope, codes {@code x001..x020},
 * {@code x021..x040}, ... form blocks of 20, and the last code of each block is its
 * "miscellaneous" code.
 *
 * <p>Eight blocks are named by Storage Mover (see the constants); every other block is still
 * computed, unnamed, so a code from an agent newer than this SDK has a block too. Two edge cases
 * complete the scheme: the number {@code x000} of each scope is a block of its own (for
 * {@code AZSM0000}, the success block), and the last block of a scope, {@code x981..x999}, has
 * 19 codes.
 *
 * <pre>{@code
 * CodeBlock block = AzsmCode.parse("AZSM1024").block();
 * block == CodeBlock.TARGET;          // = true
 * block.miscellaneous();              // = AZSM1040
 * block.isFailure();                  // = true
 * CodeBlock.FILE_EXCLUDED.isFailure(); // = false: an outcome, reported, never thrown
 * }</pre>
 *
 * <p>Blocks are canonical: each exists once and may be compared with {@code ==}.
 */
public final class CodeBlock {

    /** Codes per block. */
    public static final int SIZE = 20;

    private static final int PER_SCOPE = 51; // x000, then 50 blocks of 20 (the last one 19)
    private static final CodeBlock[] BLOCKS = new CodeBlock[Scope.values().length * PER_SCOPE];

    static {
        for (Scope scope : Scope.values()) {
            int base = scope.digit() * 1000;
            BLOCKS[scope.digit() * PER_SCOPE] = new CodeBlock(scope, base, base);
            for (int index = 1; index < PER_SCOPE; index++) {
                int first = base + (index - 1) * SIZE + 1;
                BLOCKS[scope.digit() * PER_SCOPE + index] = new CodeBlock(scope, first, Math.min(first + SIZE - 1, base + 999));
            }
        }
    }

    /** {@code AZSM0001..AZSM0020}: agent upgrade failures. */
    public static final CodeBlock AGENT_UPGRADE = BLOCKS[indexOf(1)];
    /** {@code AZSM1001..AZSM1020}: failures accessing the source. */
    public static final CodeBlock SOURCE = BLOCKS[indexOf(1001)];
    /** {@code AZSM1021..AZSM1040}: failures accessing the target. */
    public static final CodeBlock TARGET = BLOCKS[indexOf(1021)];
    /** {@code AZSM1041..AZSM1060}: failures running the job, neither source nor target. */
    public static final CodeBlock JOB_EXECUTION = BLOCKS[indexOf(1041)];
    /** {@code AZSM2001..AZSM2020}: items excluded by a user's filter. Not a failure. */
    public static final CodeBlock FILE_EXCLUDED = BLOCKS[indexOf(2001)];
    /** {@code AZSM2021..AZSM2040}: items the target cannot store as they are. */
    public static final CodeBlock FILE_UNSUPPORTED = BLOCKS[indexOf(2021)];
    /** {@code AZSM2041..AZSM2060}: items unchanged since the last sync. Not a failure. */
    public static final CodeBlock FILE_NO_COPY_NECESSARY = BLOCKS[indexOf(2041)];
    /** {@code AZSM2061..AZSM2080}: items whose transfer failed, often transiently. */
    public static final CodeBlock FILE_FAILED = BLOCKS[indexOf(2061)];

    private static final List<CodeBlock> NAMED = List.of(AGENT_UPGRADE, SOURCE, TARGET, JOB_EXECUTION,
            FILE_EXCLUDED, FILE_UNSUPPORTED, FILE_NO_COPY_NECESSARY, FILE_FAILED);

    private final Scope scope;
    private final int first;
    private final int last;
    private final @Nullable String name;
    private final boolean failure;

    private CodeBlock(Scope scope, int first, int last) {
        this.scope = scope;
        this.first = first;
        this.last = last;
        this.name = knownName(first);
        this.failure = first != 0 && first != 2001 && first != 2041;
    }

    // The block names of Storage Mover's reserved ranges (ARCHITECTURE.md, status-codes-later.md).
    private static @Nullable String knownName(int first) {
        return switch (first) {
            case 0 -> "success";
            case 1 -> "agent upgrade";
            case 1001 -> "source";
            case 1021 -> "target";
            case 1041 -> "job execution";
            case 2001 -> "excluded";
            case 2021 -> "unsupported";
            case 2041 -> "no copy necessary";
            case 2061 -> "failed";
            default -> null;
        };
    }

    /**
     * Returns the block a code falls in.
     *
     * @param code the code
     * @return its canonical block
     */
    public static CodeBlock of(AzsmCode code) {
        return BLOCKS[indexOf(code.value())];
    }

    /**
     * Returns the eight blocks Storage Mover names, in code order.
     *
     * @return the named blocks
     */
    public static List<CodeBlock> named() {
        return NAMED;
    }

    /**
     * Returns every block of every scope, in code order.
     *
     * @return all 153 blocks
     */
    public static List<CodeBlock> all() {
        return List.of(BLOCKS);
    }

    private static int indexOf(int value) {
        int number = value % 1000;
        return value / 1000 * PER_SCOPE + (number == 0 ? 0 : 1 + (number - 1) / SIZE);
    }

    /**
     * Returns the scope of the block's codes.
     *
     * @return the scope
     */
    public Scope scope() {
        return scope;
    }

    /**
     * Returns the block's first code, such as {@code AZSM1021}.
     *
     * @return the first code
     */
    public AzsmCode first() {
        return AzsmCode.of(first);
    }

    /**
     * Returns the block's last code, such as {@code AZSM1040}.
     *
     * @return the last code
     */
    public AzsmCode last() {
        return AzsmCode.of(last);
    }

    /**
     * Returns the block's miscellaneous code, its last number, used for failures of the block
     * that no other code describes.
     *
     * @return the miscellaneous code, the same as {@link #last()}
     */
    public AzsmCode miscellaneous() {
        return AzsmCode.of(last);
    }

    /**
     * Returns the block's name where Storage Mover names it, such as {@code "target"}.
     *
     * @return the name, or empty for an unnamed block
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Returns whether Storage Mover names this block (see the constants).
     *
     * @return whether the block is named
     */
    public boolean isNamed() {
        return name != null;
    }

    /**
     * Returns whether the block's codes are failures. The excluded and no-copy-necessary blocks
     * and success are outcomes, never exceptions; unnamed blocks are taken to be failures.
     *
     * @return whether the codes are failures
     */
    public boolean isFailure() {
        return failure;
    }

    /**
     * Returns whether a code lies in this block.
     *
     * @param code the code
     * @return whether {@code code.block() == this}
     */
    public boolean contains(AzsmCode code) {
        return code.value() >= first && code.value() <= last;
    }

    /**
     * Returns the block's codes in order.
     *
     * @return the codes
     */
    public Stream<AzsmCode> codes() {
        return IntStream.rangeClosed(first, last).mapToObj(AzsmCode::of);
    }

    /**
     * Describes the block for people: {@code "AZSM1021..AZSM1040 (job: target)"}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String range = first == last ? first().toString() : first() + ".." + last();
        return range + " (" + scope.label() + (name == null ? ", unnamed" : ": " + name) + ")";
    }
}
