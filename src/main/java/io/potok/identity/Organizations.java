package io.potok.identity;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Creates organisations with their departments, members and roles, and changes member settings. Used by
 * the first start and the demo workspace; every method runs in its own transaction unless the caller has one.
 */
public interface Organizations {

    /** Tells whether any organisation exists, so the first start knows the database is still empty. */
    boolean anyExist();

    /** Returns the id of every organisation, oldest first, for jobs that visit them all. */
    List<Long> ids();

    /**
     * Creates an organisation and returns its id.
     *
     * @param demo whether it is the demo workspace, whose members have published credentials
     */
    long create(String name, ZoneId zone, boolean demo);

    /** Returns the organisation's time zone, the default for its members and its working hours. */
    ZoneId timeZone(long orgId);

    /** Creates a department below the parent (null for a top department) and returns its id. */
    long createDepartment(long orgId, Long parentId, String name);

    /** Makes the member the head of the department; both must belong to the organisation. */
    void assignHead(long orgId, long departmentId, long headId);

    /**
     * Creates a member with a bcrypt password hash and a SHA-256 hash of the security key, and returns the
     * new member's id.
     */
    long createMember(long orgId, NewMember member);

    /** Creates a role with the given members and returns its id. */
    long createRole(long orgId, String name, Collection<Long> memberIds);

    /** Stores the member's language for pages and messages. */
    void changeLocale(long orgId, long memberId, Locale locale);

    /**
     * A member to create.
     *
     * @param email sign-in email, unique across the installation
     * @param firstName first name
     * @param lastName last name, may be empty
     * @param position job title, may be null
     * @param departmentId the member's department, may be null
     * @param admin whether the member administers the organisation
     * @param password the sign-in password, or null for a member who signs in only through the API
     * @param securityKey the API security key, or null for none yet
     */
    record NewMember(String email, String firstName, String lastName, String position, Long departmentId,
                     boolean admin, String password, String securityKey) {
    }
}
