package io.potok.forms;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The route of a form version: its steps in order. A task with no applicable step left is closed.
 */
public record RouteDefinition(List<Step> steps) {

    public static final RouteDefinition NONE = new RouteDefinition(List.of());

    public RouteDefinition {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public Optional<Step> step(int number) {
        return steps.stream().filter(step -> step.number() == number).findFirst();
    }

    /**
     * One step of a route.
     *
     * @param number 1-based position, unique within the route
     * @param name what the step is called, such as "Warehouse"
     * @param condition the step applies only when this holds; null means always
     * @param assignees candidate assignee rules; the first whose condition is true picks who decides
     * @param rejectToStep on reject, return the task to this earlier step; null closes it as rejected
     * @param dueHours the step is due this many hours after the task enters it; null for no due time
     * @param businessHours {@code dueHours} count working hours of the organisation's business calendar
     *        rather than calendar hours
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Step(int number, String name, Condition condition, List<AssigneeRule> assignees,
                       Integer rejectToStep, Integer dueHours, Boolean businessHours) {

        public Step {
            assignees = assignees == null ? List.of() : List.copyOf(assignees);
        }

        public Step(int number, String name, Condition condition, List<AssigneeRule> assignees,
                    Integer rejectToStep) {
            this(number, name, condition, assignees, rejectToStep, null, null);
        }

        public boolean countsBusinessHours() {
            return Boolean.TRUE.equals(businessHours);
        }
    }

    /**
     * Who decides a step when a condition holds.
     *
     * @param when null means always
     * @param who the assignees
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssigneeRule(Condition when, Assignees who) {
    }

    /**
     * The members who decide a step.
     *
     * @param kind how they are chosen
     * @param memberIds {@code members} and {@code all_of}: the members
     * @param roleId {@code role}: the role
     * @param fieldId {@code person_field}: the person field naming the member; {@code catalog_member}: the
     *        catalog field whose picked item names the member
     * @param column {@code catalog_member}: the item's member column, such as the region's warehouse manager
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Assignees(Kind kind, List<Long> memberIds, Long roleId, Integer fieldId, String column) {

        public Assignees {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        }

        public Assignees(Kind kind, List<Long> memberIds, Long roleId, Integer fieldId) {
            this(kind, memberIds, roleId, fieldId, null);
        }

        public static Assignees catalogMember(int fieldId, String column) {
            return new Assignees(Kind.CATALOG_MEMBER, List.of(), null, fieldId, column);
        }

        public static Assignees anyOf(Long... members) {
            return new Assignees(Kind.MEMBERS, List.of(members), null, null);
        }

        public static Assignees allOf(Long... members) {
            return new Assignees(Kind.ALL_OF, List.of(members), null, null);
        }

        public static Assignees role(long roleId) {
            return new Assignees(Kind.ROLE, List.of(), roleId, null);
        }

        public static Assignees author() {
            return new Assignees(Kind.AUTHOR, List.of(), null, null);
        }

        public static Assignees personField(int fieldId) {
            return new Assignees(Kind.PERSON_FIELD, List.of(), null, fieldId);
        }

        public static Assignees authorDepartmentHead() {
            return new Assignees(Kind.AUTHOR_DEPARTMENT_HEAD, List.of(), null, null);
        }

        /**
         * Assignee kinds. For {@code members} and {@code role} one member's decision moves the task on;
         * for {@code all_of} every member must approve (parallel approval). {@code catalog_member} takes the
         * member named in a member column of the item picked in a catalog field.
         */
        public enum Kind {
            MEMBERS, ROLE, ALL_OF, AUTHOR, PERSON_FIELD, AUTHOR_DEPARTMENT_HEAD, CATALOG_MEMBER;

            @com.fasterxml.jackson.annotation.JsonValue
            public String wireName() {
                return name().toLowerCase();
            }

            @com.fasterxml.jackson.annotation.JsonCreator
            public static Kind fromWireName(String name) {
                return valueOf(name.toUpperCase());
            }
        }
    }
}
