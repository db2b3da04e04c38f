package io.potok.tasks.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.potok.forms.Form;
import io.potok.forms.RouteDefinition;
import io.potok.identity.Member;
import io.potok.tasks.TaskView;
import org.springframework.context.MessageSource;
import tools.jackson.databind.JsonNode;

/**
 * Formats the values of history entries that are not field changes: step moves, resolutions, members and
 * attached files, as people read them rather than as stored.
 */
final class HistoryValues {

    private final TaskView task;
    private final Optional<Form> form;
    private final MessageSource messages;
    private final Locale locale;

    HistoryValues(TaskView task, Optional<Form> form, MessageSource messages, Locale locale) {
        this.task = task;
        this.form = form;
        this.messages = messages;
        this.locale = locale;
    }

    String format(String action, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isObject() && value.has("step")) {
            return stepName(value.get("step").asInt());
        }
        return switch (action) {
            case "closed" -> messages.getMessage("task.resolution." + value.asString(), null, value.asString(), locale);
            case "subscriber_added", "subscriber_removed", "reassigned" -> memberName(value.asLong());
            case "attachment_added" -> attachmentName(value.asString());
            case "due_changed" -> dueText(value);
            case "stock_warning" -> stockWarning(value);
            default -> value.isValueNode() ? value.asString() : value.toString();
        };
    }

    private String stepName(int step) {
        String name = form.flatMap(found -> found.definition().route().step(step))
                .map(RouteDefinition.Step::name)
                .orElse("");
        return name.isEmpty() ? String.valueOf(step) : step + ". " + name;
    }

    private String memberName(long memberId) {
        Map<Long, Member> people = task.people();
        Member member = people.get(memberId);
        return member == null ? "#" + memberId : member.displayName();
    }

    private String attachmentName(String guid) {
        return task.attachments().stream()
                .filter(attachment -> attachment.guid().toString().equals(guid))
                .map(TaskView.AttachmentView::name)
                .findFirst()
                .orElse(guid);
    }

    private String stockWarning(JsonNode value) {
        Object[] arguments = {value.path("product").asString(), value.path("warehouse").asString(),
                value.path("quantity").asString(), value.path("available").asString()};
        return messages.getMessage("history.stock_warning.value", arguments, locale);
    }

    private static String dueText(JsonNode value) {
        if (value.has("due")) {
            return value.get("due").asString();
        }
        return value.has("due_date") ? value.get("due_date").asString() : "";
    }
}
