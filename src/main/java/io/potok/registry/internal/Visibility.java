package io.potok.registry.internal;

import java.util.Set;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import static io.potok.registry.internal.ProjectionTables.ORG_ID;
import static io.potok.registry.internal.ProjectionTables.PARTICIPANT_IDS;

/**
 * Which rows of a form's projection a member may see.
 *
 * @param orgId the member's organisation
 * @param allTasks whether the member sees every task of the form (organisation admin or form manager)
 * @param participantIds when not {@code allTasks}: the member and everyone in departments the member heads;
 *        a task is visible when any of them takes part in it
 */
record Visibility(long orgId, boolean allTasks, Set<Long> participantIds) {

    Condition condition() {
        Condition inOrg = ORG_ID.eq(orgId);
        if (allTasks) {
            return inOrg;
        }
        Long[] ids = participantIds.toArray(new Long[0]);
        return inOrg.and(DSL.condition("{0} && {1}", PARTICIPANT_IDS, DSL.val(ids, SQLDataType.BIGINT.array())));
    }
}
