package dev.azsm.api.archfixture;

import dev.azsm.api.AzsmException;
import dev.azsm.core.AzsmErrors;

/** A deliberately wrong arrow (api -> core) that the architecture rules must reject. */
public final class ApiClassThatUsesCore {

    private ApiClassThatUsesCore() {
    }

    public static AzsmException wrong() {
        return AzsmErrors.fromCode("AZSM1024", "the api module must not call core");
    }
}
