package io.potok.identity;

/**
 * A member of an organisation as other modules see it.
 *
 * @param id member id
 * @param orgId organisation id
 * @param email sign-in email, unique across the installation
 * @param firstName first name
 * @param lastName last name
 * @param position job title, may be null
 * @param departmentId the member's department, may be null
 * @param bot whether this is a bot account
 * @param banned whether the member is blocked
 * @param admin whether the member administers the organisation
 */
public record Member(long id, long orgId, String email, String firstName, String lastName, String position,
                     Long departmentId, boolean bot, boolean banned, boolean admin) {

    public String displayName() {
        return (firstName + " " + lastName).trim();
    }
}
