/**
 * Internal implementation of azsm-core: not API, exported only to azsm's own modules, and free to
 * change in any release.
 */
@NullMarked
package dev.azsm.core.internal;

import org.jspecify.annotations.NullMarked;
