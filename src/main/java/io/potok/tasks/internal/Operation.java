package io.potok.tasks.internal;

import java.time.Instant;

import io.potok.forms.Form;
import io.potok.identity.CurrentMember;
import io.potok.workflow.RouteContext;

/**
 * One accepted change in progress: who makes it, when, on which task, and what it has done so far.
 */
final class Operation {

    final long orgId;
    final long actorId;
    final Instant at;
    /** The signed-in member, or null for imports, which skip access checks. */
    final CurrentMember member;
    final TaskRecord task;
    final Form form;
    final Journal journal;
    /** The automation rule making the change, or null for members and imports. */
    String ruleName;

    Operation(long orgId, long actorId, Instant at, CurrentMember member, TaskRecord task, Form form,
              Journal journal) {
        this.orgId = orgId;
        this.actorId = actorId;
        this.at = at;
        this.member = member;
        this.task = task;
        this.form = form;
        this.journal = journal;
    }

    RouteContext routeContext() {
        return new RouteContext(form, task.values, task.authorId);
    }
}
