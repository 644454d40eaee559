package dev.azsm.core;

/**
 * Where a catalogue entry comes from, so that {@code azsm explain} can say how authoritative its
 * text is.
 */
public enum Origin {
    /** The specification, "Troubleshooting Job Run Error Codes" (2023): its words are kept. */
    SPECIFICATION("the specification (Storage Mover agent job error codes, 2023)"),
    /** The draft of the status-code page, with its reserved ranges and the agent's internal names. */
    DRAFT("the draft status-code page's reserved ranges"),
    /** A later published version of the status-code page. */
    PUBLISHED("a later published version of the status-code page"),
    /** Added by the user of azsm to their own catalogue. */
    USER("added by this application's own catalogue");

    private final String description;

    Origin(String description) {
        this.description = description;
    }

    /**
     * Returns where the entry comes from, for people.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
