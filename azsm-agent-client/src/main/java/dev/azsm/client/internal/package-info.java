/**
 * Internal implementation of the client: not API, exported only to azsm's own modules, and free to
 * change in any release.
 */
@NullMarked
package dev.azsm.client.internal;

import org.jspecify.annotations.NullMarked;
