package io.potok.forms.web;

import io.potok.forms.AccessLevel;

/**
 * One row of the forms list.
 *
 * @param id form id
 * @param name form name
 * @param level the member's access to the form, at least {@code MEMBER}
 * @param archived whether the form takes no new tasks
 */
public record FormEntry(long id, String name, AccessLevel level, boolean archived) {

    public boolean manages() {
        return level.atLeast(AccessLevel.MANAGER);
    }

    /** Tells whether the member may rename, archive, restore and design the form, and open its versions and history. */
    public boolean administers() {
        return level == AccessLevel.ADMIN;
    }
}
