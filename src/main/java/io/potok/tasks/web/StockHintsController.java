package io.potok.tasks.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.StockRule;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskNotFound;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import io.potok.tasks.internal.StockAvailability;
import io.potok.tasks.internal.StockOrder;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stock hints while an order is filled. The new-task and task pages of a form with a stock rule post their
 * inputs here, as they do to the live form. They show under each order line the stock available in the
 * order's warehouse, with a warning when the quantity is above it. Nothing is saved.
 */
@Controller
class StockHintsController {

    private final Forms forms;
    private final Tasks tasks;
    private final TaskPages pages;
    private final LiveValues live;
    private final FieldValues fieldValues;
    private final StockAvailability availability;
    private final MessageSource messages;

    StockHintsController(Forms forms, Tasks tasks, TaskPages pages, LiveValues live, FieldValues fieldValues,
                         StockAvailability availability, MessageSource messages) {
        this.forms = forms;
        this.tasks = tasks;
        this.pages = pages;
        this.live = live;
        this.fieldValues = fieldValues;
        this.availability = availability;
        this.messages = messages;
    }

    @PostMapping("/forms/{formId:\\d+}/stock")
    @ResponseBody
    StockHints newTask(CurrentMember member, @PathVariable long formId, HttpServletRequest request) {
        Form form = FormAccess.usable(forms, member, formId, AccessLevel.MEMBER);
        if (form.definition().stock() == null) {
            return StockHints.NONE;
        }
        FieldInput input = FieldInput.of(request.getParameterMap());
        ObjectNode values = live.newTask(member, form,
                FieldUpdates.forNewTask(form.definition(), input, member.zone()));
        return hints(member, null, form, values, input);
    }

    @PostMapping("/tasks/{taskId:\\d+}/stock")
    @ResponseBody
    StockHints task(CurrentMember member, @PathVariable long taskId, HttpServletRequest request) {
        TaskView task = tasks.view(member, taskId);
        Form form = pages.form(task).orElseThrow(() -> new TaskNotFound(taskId));
        if (form.definition().stock() == null) {
            return StockHints.NONE;
        }
        FieldInput input = FieldInput.of(request.getParameterMap());
        ObjectNode values = live.task(member, task, form, pages.updates(member, task, form, input));
        return hints(member, taskId, form, values, input);
    }

    private StockHints hints(CurrentMember member, Long taskId, Form form, ObjectNode values, FieldInput posted) {
        StockRule rule = form.definition().stock();
        StockOrder order = StockOrder.of(member.orgId(), form, values, fieldValues).orElseThrow();
        Optional<FieldDefinition> table = form.definition().field(rule.linesFieldId());
        if (table.isEmpty()) {
            return StockHints.NONE;
        }
        List<FieldInput.Row> rows = FieldUpdates.storedRows(table.get(), posted, member.zone());
        Map<Long, BigDecimal> available = order.warehouse() == null
                ? Map.of() : availability.availableTo(member.orgId(), taskId, order);
        Map<Long, BigDecimal> totals = order.totals();

        Map<String, StockHints.Line> lines = new LinkedHashMap<>();
        for (StockOrder.Line line : order.lines()) {
            if (line.index() < rows.size()) {
                lines.put(String.valueOf(rows.get(line.index()).number()),
                        hint(form, order.warehouse(), available.get(line.itemId()), totals.get(line.itemId())));
            }
        }
        return new StockHints(rule.linesFieldId(), rule.productFieldId(), lines);
    }

    private StockHints.Line hint(Form form, String warehouse, BigDecimal available, BigDecimal ordered) {
        if (warehouse == null) {
            String field = form.definition().field(form.definition().stock().warehouseFieldId())
                    .map(FieldDefinition::name).orElse("");
            return new StockHints.Line(text("stock.hint.noWarehouse", field), null);
        }
        BigDecimal free = available == null ? BigDecimal.ZERO : available.max(BigDecimal.ZERO);
        String text = text("stock.hint.available", warehouse, plain(free));
        String warningKey = form.definition().stock().blockSaving() ? "stock.hint.aboveBlocked" : "stock.hint.above";
        String warning = ordered.compareTo(free) > 0 ? text(warningKey, plain(ordered), plain(free)) : null;
        return new StockHints.Line(text, warning);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String plain(BigDecimal quantity) {
        return quantity.signum() == 0 ? "0" : quantity.stripTrailingZeros().toPlainString();
    }

    /**
     * The response: per row number of the lines table as the page numbers its rows, the stock text and,
     * when the product's ordered quantity is above the stock available, the warning.
     *
     * @param table the lines table's field id, or 0 when the form has no stock rule
     * @param product the product column's field id, beside which the page shows the hint
     */
    record StockHints(int table, int product, Map<String, Line> lines) {

        static final StockHints NONE = new StockHints(0, 0, Map.of());

        /** The hint of one line; {@code warning} is null when the quantity fits. */
        record Line(String text, String warning) {
        }
    }
}
