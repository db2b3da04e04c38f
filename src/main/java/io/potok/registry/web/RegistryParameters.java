package io.potok.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.potok.registry.ColumnRef;
import io.potok.registry.FilterOperator;
import io.potok.registry.InvalidFilter;
import io.potok.registry.RegistryFilter;
import io.potok.registry.RegistryQuery;
import io.potok.registry.RegistrySort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The registry page's state as URL query parameters, so that a filtered, sorted view can be bookmarked.
 *
 * <p>Parameters: {@code col} (repeated field ids to show; all when absent), {@code created_from},
 * {@code created_to}, {@code closed_from}, {@code closed_to} (dates in the viewer's time zone), {@code step},
 * {@code status} ({@code open} or {@code closed}), {@code responsible} (member id), field conditions as
 * parallel {@code ff} (field id), {@code fo} (operator, such as {@code at_least} or {@code empty}) and
 * {@code fv} (operand; several operands of {@code in} separated by commas), {@code sort} (a field id or
 * {@code created}, {@code closed}, {@code step}, {@code responsible}, {@code subject}), {@code desc}, and
 * {@code cursor} for the next page.
 */
public final class RegistryParameters {

    static final List<String> SINGLE = List.of("created_from", "created_to", "closed_from", "closed_to", "step",
            "status", "responsible", "sort", "desc", "cursor");

    private final MultiValueMap<String, String> parameters;

    private RegistryParameters(MultiValueMap<String, String> parameters) {
        this.parameters = parameters;
    }

    /** Keeps the page's own parameters, dropping blank values and incomplete conditions. */
    public static RegistryParameters of(MultiValueMap<String, String> request) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        request.getOrDefault("col", List.of()).stream().filter(id -> id.matches("\\d{1,9}")).forEach(id -> kept.add("col", id));
        for (String name : SINGLE) {
            String value = request.getFirst(name);
            if (value != null && !value.isBlank()) {
                kept.add(name, value.trim());
            }
        }
        List<String> fields = request.getOrDefault("ff", List.of());
        List<String> operators = request.getOrDefault("fo", List.of());
        List<String> operands = request.getOrDefault("fv", List.of());
        for (int i = 0; i < fields.size() && i < operators.size(); i++) {
            String operand = i < operands.size() ? operands.get(i).trim() : "";
            if (fields.get(i).isBlank() || operators.get(i).isBlank()
                    || (operand.isEmpty() && !isUnary(operators.get(i)))) {
                continue;
            }
            kept.add("ff", fields.get(i).trim());
            kept.add("fo", operators.get(i).trim());
            kept.add("fv", operand);
        }
        return new RegistryParameters(kept);
    }

    public String get(String name) {
        String value = parameters.getFirst(name);
        return value == null ? "" : value;
    }

    public List<Integer> columns() {
        return parameters.getOrDefault("col", List.of()).stream().map(Integer::valueOf).toList();
    }

    public boolean shows(int fieldId) {
        return columns().isEmpty() || columns().contains(fieldId);
    }

    /** Returns the field conditions, each as field id, operator and operand. */
    public List<List<String>> conditions() {
        List<List<String>> conditions = new ArrayList<>();
        List<String> fields = parameters.getOrDefault("ff", List.of());
        for (int i = 0; i < fields.size(); i++) {
            conditions.add(List.of(fields.get(i), parameters.get("fo").get(i), parameters.get("fv").get(i)));
        }
        return conditions;
    }

    public boolean sortedBy(String column) {
        return get("sort").equals(column);
    }

    public boolean descending() {
        return "1".equals(get("desc"));
    }

    /** Builds the registry query of this state, one page of the given size. */
    public RegistryQuery query(long formId, int pageSize) {
        RegistryQuery query = RegistryQuery.of(formId).columns(columns()).pageSize(pageSize);
        for (RegistryFilter filter : filters()) {
            query = query.where(filter);
        }
        Optional<ColumnRef> sort = column(get("sort"));
        if (sort.isPresent()) {
            query = query.sortedBy(descending() ? RegistrySort.descending(sort.get()) : RegistrySort.ascending(sort.get()));
        }
        return get("cursor").isEmpty() ? query : query.after(get("cursor"));
    }

    private List<RegistryFilter> filters() {
        List<RegistryFilter> filters = new ArrayList<>();
        range(filters, ColumnRef.CREATED, "created_from", "created_to");
        range(filters, ColumnRef.CLOSED_AT, "closed_from", "closed_to");
        single(filters, ColumnRef.STEP, "step");
        single(filters, ColumnRef.STATUS, "status");
        single(filters, ColumnRef.RESPONSIBLE, "responsible");
        for (List<String> condition : conditions()) {
            filters.add(fieldFilter(condition.get(0), condition.get(1), condition.get(2)));
        }
        return filters;
    }

    private void range(List<RegistryFilter> filters, ColumnRef column, String from, String to) {
        if (!get(from).isEmpty()) {
            filters.add(new RegistryFilter(column, FilterOperator.AT_LEAST, List.of(get(from)), from));
        }
        if (!get(to).isEmpty()) {
            filters.add(new RegistryFilter(column, FilterOperator.AT_MOST, List.of(get(to)), to));
        }
    }

    private void single(List<RegistryFilter> filters, ColumnRef column, String name) {
        if (!get(name).isEmpty()) {
            filters.add(new RegistryFilter(column, FilterOperator.EQUALS, List.of(get(name)), name));
        }
    }

    private static RegistryFilter fieldFilter(String field, String operatorName, String operand) {
        if (!field.matches("\\d{1,9}")) {
            throw new InvalidFilter("ff", field);
        }
        FilterOperator operator = operator(operatorName);
        List<String> operands = isUnary(operatorName) ? List.of()
                : operator == FilterOperator.IN ? splitList(operand) : List.of(operand);
        return new RegistryFilter(ColumnRef.field(Integer.parseInt(field)), operator, operands, "fld" + field);
    }

    private static FilterOperator operator(String name) {
        try {
            return FilterOperator.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidFilter("fo", name);
        }
    }

    private static boolean isUnary(String operator) {
        return "filled".equals(operator) || "empty".equals(operator);
    }

    private static List<String> splitList(String operand) {
        return List.of(operand.split("\\s*,\\s*"));
    }

    static Optional<ColumnRef> column(String key) {
        if (key.matches("\\d{1,9}")) {
            return Optional.of(ColumnRef.field(Integer.parseInt(key)));
        }
        switch (key) {
            case "created":
                return Optional.of(ColumnRef.CREATED);
            case "closed":
                return Optional.of(ColumnRef.CLOSED_AT);
            case "step":
                return Optional.of(ColumnRef.STEP);
            case "responsible":
                return Optional.of(ColumnRef.RESPONSIBLE);
            case "subject":
                return Optional.of(ColumnRef.SUBJECT);
            default:
                return Optional.empty();
        }
    }

    /** Returns the URL of this state on the given path, with one parameter replaced or removed (null). */
    public String url(String path, String name, String value) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(parameters);
        changed.remove(name);
        if (value != null) {
            changed.add(name, value);
        }
        if (!"cursor".equals(name)) {
            changed.remove("cursor");
        }
        return link(path, changed);
    }

    public String url(String path) {
        return link(path, parameters);
    }

    /** Returns the URL that sorts by the column, ascending first and descending on a second click. */
    public String sortUrl(String path, String column) {
        MultiValueMap<String, String> changed = new LinkedMultiValueMap<>(parameters);
        boolean descending = sortedBy(column) && !descending();
        changed.remove("cursor");
        changed.set("sort", column);
        changed.remove("desc");
        if (descending) {
            changed.add("desc", "1");
        }
        return link(path, changed);
    }

    private static String link(String path, MultiValueMap<String, String> query) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (var entry : query.entrySet()) {
            for (String value : entry.getValue()) {
                url.append(separator).append(encode(entry.getKey())).append('=').append(encode(value));
                separator = '&';
            }
        }
        return url.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
