package io.potok.tasks;

import java.util.Collection;
import java.util.Set;

import io.potok.identity.CurrentMember;

/**
 * Who sees which task. A member sees a task when they are the organisation's administrator, a manager of
 * the task's form, or when the task's author, responsible, an approver of a current or past step, a
 * subscriber or a participant is the member or someone in a department the member heads (or below it).
 * Every read path of every module applies this one rule.
 */
public interface TaskVisibility {

    /**
     * Returns what the member sees through, for modules that filter their own copies of tasks (the registry).
     */
    Scope scopeOf(CurrentMember member);

    /**
     * Checks that the member may see the task.
     *
     * @throws TaskNotFound when no such task exists in the member's organisation
     * @throws TaskAccessDenied when it exists but the member may not see it
     */
    void checkVisible(CurrentMember member, long taskId);

    /** Tells whether the member may see the task; false also when it does not exist. */
    boolean isVisible(CurrentMember member, long taskId);

    /**
     * What a member sees through.
     *
     * @param orgId the member's organisation; tasks of other organisations are never visible
     * @param everything whether the member administers the organisation and sees every task
     * @param memberIds the member and everyone in the departments they head and below
     * @param managedFormIds forms whose every task the member sees
     */
    record Scope(long orgId, boolean everything, Set<Long> memberIds, Set<Long> managedFormIds) {

        public Scope {
            memberIds = Set.copyOf(memberIds);
            managedFormIds = Set.copyOf(managedFormIds);
        }

        /**
         * Applies the visibility rule to one task.
         *
         * @param taskOrgId the task's organisation
         * @param formId the task's form, null for a simple task
         * @param participantIds the task's author, responsible, approvers, subscribers and participants, as in
         *        {@link TaskSnapshot#participantIds()}
         */
        public boolean sees(long taskOrgId, Long formId, Collection<Long> participantIds) {
            if (taskOrgId != orgId) {
                return false;
            }
            if (everything || (formId != null && managedFormIds.contains(formId))) {
                return true;
            }
            return participantIds.stream().anyMatch(memberIds::contains);
        }
    }
}
