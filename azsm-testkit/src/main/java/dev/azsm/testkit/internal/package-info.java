/**
 * Internal implementation of the test kit (the JUnit extension and argument provider): not API,
 * and free to change in any release.
 */
@NullMarked
package dev.azsm.testkit.internal;

import org.jspecify.annotations.NullMarked;
