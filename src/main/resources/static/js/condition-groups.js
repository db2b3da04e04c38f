// The condition editor of workflow/condition.jte, shared by the route designer and the rule editor. A page
// component mixes in potokConditionGroups.methods(options) and keeps each condition as an editable group:
// {type: 'group', match: 'all' | 'any', items: [rule | group | raw]}, where a rule is
// {type: 'rule', fieldId, operator, values, column}. groupFrom reads a stored condition document into a group
// and conditionOf writes the group back. Loaded without defer, before the page script that uses it.
//
// options.textOperators offers contains / not_contains on text fields and catalog columns. options.columns
// offers a catalog field's columns: the component then needs catalogColumns, the column names keyed by
// catalog id.
(function () {
    var ID_TYPES = ['multiple_choice', 'person', 'catalog'];
    var CHECK_TYPES = ['checkmark', 'flag'];
    var TEXT_TYPES = ['text', 'email', 'phone'];
    var ALL_OPERATORS = ['equals', 'not_equals', 'in', 'greater', 'less', 'at_least', 'at_most', 'filled', 'empty'];
    var TEXT_OPERATORS = ['contains', 'not_contains'];

    function newGroup() {
        return {type: 'group', match: 'all', items: []};
    }

    // Condition documents nest without limit. The editor edits a group of rules with one level of subgroups
    // and keeps anything deeper unchanged as a "raw" item.
    function groupFrom(condition) {
        if (!condition) {
            return newGroup();
        }
        if (condition.kind === 'field') {
            return {type: 'group', match: 'all', items: [ruleFrom(condition)]};
        }
        return {type: 'group', match: condition.kind, items: (condition.conditions || []).map(itemFrom)};
    }

    function itemFrom(condition) {
        if (condition.kind === 'field') {
            return ruleFrom(condition);
        }
        var children = condition.conditions || [];
        if (children.every(function (child) { return child.kind === 'field'; })) {
            return {type: 'group', match: condition.kind, items: children.map(ruleFrom)};
        }
        return {type: 'raw', raw: condition};
    }

    function ruleFrom(condition) {
        return {type: 'rule', fieldId: condition.fieldId, operator: condition.operator,
            values: (condition.values || []).map(String), column: condition.column || ''};
    }

    function conditionOf(group) {
        var parts = group.items.map(itemCondition).filter(function (part) { return part !== null; });
        if (parts.length === 0) {
            return null;
        }
        if (parts.length === 1 && group.match === 'all') {
            return parts[0];
        }
        return {kind: group.match, conditions: parts};
    }

    function itemCondition(item) {
        if (item.type === 'raw') {
            return item.raw;
        }
        if (item.type === 'group') {
            return conditionOf(item);
        }
        if (!item.fieldId || !item.operator) {
            return null;
        }
        var condition = {kind: 'field', fieldId: Number(item.fieldId), operator: item.operator, values: item.values};
        if (item.column) {
            condition.column = item.column;
        }
        return condition;
    }

    // Calls visit(fieldId) for every field a condition document reads.
    function eachField(condition, visit) {
        if (!condition) {
            return;
        }
        if (condition.kind === 'field') {
            visit(condition.fieldId);
        } else {
            (condition.conditions || []).forEach(function (child) { eachField(child, visit); });
        }
    }

    // The methods workflow/condition.jte and workflow/condition-rule.jte call on the enclosing component,
    // which provides fields, members, catalogItems and labels.
    function methods(options) {
        var settings = options || {};
        return {
            conditionColumns: !!settings.columns,
            newRule: function () {
                var field = this.fields[0];
                return {type: 'rule', fieldId: field ? field.id : null,
                    operator: field ? this.operatorsFor(field.id)[0] : 'equals', values: [], column: ''};
            },
            newGroup: newGroup,
            field: function (fieldId) {
                return this.fields.find(function (field) { return field.id === Number(fieldId); }) || null;
            },
            // The columns of the catalog behind a catalog field; empty when the page does not offer columns.
            columnsOf: function (fieldId) {
                var field = this.field(fieldId);
                if (!settings.columns || !field || field.type !== 'catalog' || !field.catalogId) {
                    return [];
                }
                return this.catalogColumns[field.catalogId] || [];
            },
            operatorsFor: function (fieldId, column) {
                var field = this.field(fieldId);
                var extra = settings.textOperators ? TEXT_OPERATORS : [];
                if (!field || column) {
                    return ALL_OPERATORS.concat(extra);
                }
                if (ID_TYPES.indexOf(field.type) >= 0) {
                    return ['equals', 'not_equals', 'in', 'filled', 'empty'];
                }
                if (CHECK_TYPES.indexOf(field.type) >= 0) {
                    return ['equals', 'not_equals', 'filled', 'empty'];
                }
                return TEXT_TYPES.indexOf(field.type) >= 0 ? ALL_OPERATORS.concat(extra) : ALL_OPERATORS;
            },
            fieldChanged: function (rule) {
                rule.fieldId = Number(rule.fieldId);
                rule.column = '';
                rule.operator = this.operatorsFor(rule.fieldId)[0];
                rule.values = [];
            },
            columnChanged: function (rule) {
                var operators = this.operatorsFor(rule.fieldId, rule.column);
                if (operators.indexOf(rule.operator) < 0) {
                    rule.operator = operators[0];
                }
                rule.values = [];
            },
            // The value picker a condition rule shows. A catalog column is compared as text.
            valueKind: function (rule) {
                if (rule.operator === 'filled' || rule.operator === 'empty') {
                    return 'none';
                }
                var several = rule.operator === 'in' || TEXT_OPERATORS.indexOf(rule.operator) >= 0;
                if (rule.column) {
                    return several ? 'list' : 'text';
                }
                var field = this.field(rule.fieldId);
                var type = field ? field.type : 'text';
                var idKind = {multiple_choice: 'choice', person: 'members', catalog: 'catalog'}[type];
                if (idKind) {
                    return idKind;
                }
                if (CHECK_TYPES.indexOf(type) >= 0) {
                    return 'check';
                }
                if (several) {
                    return 'list';
                }
                return {number: 'number', money: 'number', date: 'date', due_date: 'date', time: 'time'}[type] || 'text';
            },
            itemsOf: function (rule) {
                var field = this.field(rule.fieldId);
                return field && field.catalogId ? (this.catalogItems[field.catalogId] || []) : [];
            },
            setList: function (rule, text) {
                rule.values = text.split(';').map(function (part) { return part.trim(); })
                    .filter(function (part) { return part !== ''; });
            },
            toggleValue: function (rule, value) {
                var text = String(value);
                var at = rule.values.indexOf(text);
                if (at >= 0) {
                    rule.values.splice(at, 1);
                } else {
                    rule.values.push(text);
                }
            }
        };
    }

    window.potokConditionGroups = {
        newGroup: newGroup,
        groupFrom: groupFrom,
        conditionOf: conditionOf,
        eachField: eachField,
        methods: methods
    };
})();
