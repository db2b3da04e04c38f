package io.potok.identity;

/**
 * A department of an organisation's org chart.
 *
 * @param id department id
 * @param parentId the department above, null for a top department
 * @param name department name
 * @param headId the member who heads it, may be null
 */
public record Department(long id, Long parentId, String name, Long headId) {
}
