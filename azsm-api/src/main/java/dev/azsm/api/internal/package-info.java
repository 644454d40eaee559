/**
 * Internal helpers of azsm: not API, exported only to azsm's own modules, and free to change in
 * any release. Do not use them.
 */
@NullMarked
package dev.azsm.api.internal;

import org.jspecify.annotations.NullMarked;
