package dev.azsm.userland;

import dev.azsm.api.AzsmException;
import dev.azsm.core.internal.Factories;

/** A deliberately wrong use of another module's internal package that the rules must reject. */
public final class UserClassThatUsesInternals {

    private UserClassThatUsesInternals() {
    }

    public static AzsmException wrong() {
        return Factories.create("AZSM1024", null, "target", "c1");
    }
}
