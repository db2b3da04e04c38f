package io.potok.workflow;

/**
 * An assignee's decision on a step, named as the API's {@code approval_choice}.
 */
public enum ApprovalChoice {
    WAITING, APPROVED, REJECTED;

    public String wireName() {
        return name().toLowerCase();
    }

    public static ApprovalChoice fromWireName(String name) {
        return valueOf(name.toUpperCase());
    }
}
