package io.potok.automation.internal.schedules;

import java.util.Comparator;
import java.util.Optional;

import io.potok.forms.Form;
import io.potok.forms.FormVersionInfo;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.Members;
import org.springframework.stereotype.Component;

/**
 * Picks who scheduled tasks are created on behalf of, and who is responsible for a recurring task.
 * A scheduled task's author is the member who published the form's latest version, because that member set
 * the schedule up. Tasks record an author, and an author who is an "any one" assignee of the first step
 * approves it automatically, so the publisher is a better author than the responsible member.
 */
@Component
class ScheduleAuthors {

    private final Forms forms;
    private final Members members;

    ScheduleAuthors(Forms forms, Members members) {
        this.forms = forms;
        this.members = members;
    }

    /** Returns the publisher of the form's latest version, or {@code fallback} when Potok itself wrote it. */
    long authorOf(Form form, Long fallback) {
        Optional<Long> publisher = forms.versions(form.orgId(), form.id()).stream()
                .max(Comparator.comparingInt(FormVersionInfo::version))
                .map(FormVersionInfo::publishedBy);
        return publisher.orElseGet(() -> {
            if (fallback == null) {
                throw new IllegalStateException("Form " + form.id() + " has no publisher and no responsible member");
            }
            return fallback;
        });
    }

    /**
     * Resolves a recurring schedule's responsible member: the first listed member, or the role's member with
     * the lowest id. Other assignee kinds are rejected when the form is published, so they give null here.
     */
    Long responsible(long orgId, Assignees responsible) {
        if (responsible == null || responsible.kind() == null) {
            return null;
        }
        switch (responsible.kind()) {
            case MEMBERS:
                return responsible.memberIds().isEmpty() ? null : responsible.memberIds().get(0);
            case ROLE:
                return members.roleMemberIds(orgId, responsible.roleId()).stream().min(Long::compare).orElse(null);
            default:
                return null;
        }
    }
}
