package io.potok.forms;

/**
 * A member's access to a form, in increasing order. {@code MEMBER} creates tasks and sees the ones they
 * take part in; {@code MANAGER} sees every task of the form; {@code ADMIN} also configures the form.
 * Organisation administrators have {@code ADMIN} on every form.
 */
public enum AccessLevel {
    NONE, MEMBER, MANAGER, ADMIN;

    public boolean atLeast(AccessLevel other) {
        return compareTo(other) >= 0;
    }
}
