package io.potok.workflow.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.workflow.RouteContext;
import io.potok.workflow.RouteEngine;
import io.potok.workflow.RouteTrace;
import io.potok.workflow.StepAssignment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the route designer's test mode: parses the sample values against the draft's fields and walks the
 * route with the route engine, without creating a task.
 */
@Component
class RouteTests {

    private final FormDrafts drafts;
    private final FieldValues fieldValues;
    private final RouteEngine engine;
    private final Members members;
    private final MessageSource messages;

    RouteTests(FormDrafts drafts, FieldValues fieldValues, RouteEngine engine, Members members,
               MessageSource messages) {
        this.drafts = drafts;
        this.fieldValues = fieldValues;
        this.engine = engine;
        this.members = members;
        this.messages = messages;
    }

    /**
     * Returns every step with its outcome for the request's values and author.
     *
     * @throws io.potok.forms.FieldValueInvalid when a sample value does not fit its field
     */
    List<RouteTestResult.StepLine> run(CurrentMember member, Form form, RouteTestRequest request, Locale locale) {
        FormDefinition draft = drafts.draftOrCurrent(member.orgId(), form.id());
        RouteDefinition route = request.route() == null ? draft.route() : RouteNumbering.normalized(request.route());
        Form tested = new Form(form.id(), form.orgId(), form.name(), form.version(),
                draft.withRoute(route), false);
        ObjectNode values = fieldValues.apply(member.orgId(), tested, JsonNodeFactory.instance.objectNode(),
                request.fields()).values();

        RouteTrace trace = engine.trace(new RouteContext(tested, values, author(member, request.authorId())));
        Map<Long, Member> people = members.findAll(member.orgId(), assigneeIds(trace));
        return trace.steps().stream().map(step -> line(step, people, locale)).toList();
    }

    private long author(CurrentMember member, Long requested) {
        if (requested == null) {
            return member.memberId();
        }
        return members.find(member.orgId(), requested).map(Member::id).orElse(member.memberId());
    }

    private static Set<Long> assigneeIds(RouteTrace trace) {
        Set<Long> ids = new HashSet<>();
        trace.steps().forEach(step -> ids.addAll(step.assigneeIds()));
        return ids;
    }

    private RouteTestResult.StepLine line(RouteTrace.StepTrace step, Map<Long, Member> people, Locale locale) {
        List<String> names = step.assigneeIds().stream().sorted()
                .map(id -> people.containsKey(id) ? people.get(id).displayName() : "#" + id)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        String outcome = step.outcome().name().toLowerCase();
        return new RouteTestResult.StepLine(step.step(), step.name(), outcome, explanation(step, outcome, locale),
                names);
    }

    private String explanation(RouteTrace.StepTrace step, String outcome, Locale locale) {
        String key = "routeDesigner.test." + outcome;
        if (step.outcome() == RouteTrace.Outcome.TAKEN && step.mode() == StepAssignment.Mode.ALL_OF) {
            key = "routeDesigner.test.taken_all_of";
        } else if (step.authorApproves()) {
            key = "routeDesigner.test.taken_author";
        }
        return messages.getMessage(key, null, key, locale);
    }
}
