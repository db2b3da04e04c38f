package io.potok.forms.web;

import io.potok.forms.AccessLevel;

/**
 * One row of the forms list.
 *
 * @param id form id
 * @param name form name
 * @param level the member's access to the form, at least {@code MEMBER}
 */
public record FormEntry(long id, String name, AccessLevel level) {

    public boolean manages() {
        return level.atLeast(AccessLevel.MANAGER);
    }

    public boolean administers() {
        return level.atLeast(AccessLevel.ADMIN);
    }
}
