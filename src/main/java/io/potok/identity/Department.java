package io.potok.identity;

/**
 * A department of an organisation's org chart.
 *
 * @param id department id
 * @param orgId organisation id
 * @param parentId the department above, null for a top department
 * @param headId the member who heads it, may be null
 * @param name department name
 */
public record Department(long id, long orgId, Long parentId, Long headId, String name) {
}
