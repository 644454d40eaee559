/**
 * The azsm command line. Run {@code ./azsm --help}.
 */
@NullMarked
package dev.azsm.cli;

import org.jspecify.annotations.NullMarked;
