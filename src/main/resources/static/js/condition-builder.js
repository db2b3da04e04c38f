// The condition builder of forms/condition.jte. It keeps no state of its own. It reads holder()[property]
// on every render and writes a normalised condition back, so every change lands in the data of the
// enclosing component (the form designer, a route step editor).
//
// A condition is null, one {kind: 'field', fieldId, operator, values}, or {kind: 'all' | 'any',
// conditions: [...]} of such rows. Deeper groups are left as they are and only offered for clearing.
document.addEventListener('alpine:init', function () {
    window.Alpine.data('potokConditionBuilder', function (holder, property, fields) {
        return {
            fields: fields,
            condition: function () {
                var owner = holder();
                return owner ? owner[property] : null;
            },
            nested: function () {
                var condition = this.condition();
                return !!condition && condition.kind !== 'field'
                    && (condition.conditions || []).some(function (each) { return each.kind !== 'field'; });
            },
            rows: function () {
                var condition = this.condition();
                if (!condition) {
                    return [];
                }
                return condition.kind === 'field' ? [condition] : (condition.conditions || []);
            },
            join: function () {
                var condition = this.condition();
                return condition && condition.kind === 'any' ? 'any' : 'all';
            },
            write: function (rows, join) {
                var owner = holder();
                if (rows.length === 0) {
                    owner[property] = null;
                } else if (rows.length === 1) {
                    owner[property] = rows[0];
                } else {
                    owner[property] = {kind: join, conditions: rows};
                }
            },
            setJoin: function (join) {
                this.write(this.rows().slice(), join);
            },
            add: function () {
                var first = this.fields()[0];
                if (!first) {
                    return;
                }
                var rows = this.rows().slice();
                rows.push({kind: 'field', fieldId: first.id, operator: 'filled', values: []});
                this.write(rows, this.join());
            },
            remove: function (index) {
                var rows = this.rows().slice();
                rows.splice(index, 1);
                this.write(rows, this.join());
            },
            clear: function () {
                holder()[property] = null;
            },
            setField: function (row, fieldId) {
                row.fieldId = parseInt(fieldId, 10);
                row.values = [];
            },
            needsValues: function (row) {
                return row.operator !== 'filled' && row.operator !== 'empty';
            },
            // The choices of a multiple_choice field, or yes/no of a checkmark or flag; empty for typed values.
            options: function (row) {
                var field = this.fields().find(function (candidate) { return candidate.id === row.fieldId; });
                return field && field.options ? field.options : [];
            },
            toggleValue: function (row, optionId, checked) {
                var value = String(optionId);
                var values = (row.values || []).filter(function (each) { return each !== value; });
                if (checked) {
                    values.push(value);
                }
                row.values = values;
            },
            setValues: function (row, text) {
                var several = row.operator === 'in';
                var values = several ? text.split(',') : [text];
                row.values = values.map(function (each) { return each.trim(); })
                    .filter(function (each) { return each.length > 0; });
            }
        };
    });
});
