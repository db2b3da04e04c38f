// The designer's settings for picking items in a catalog field: filters, shown columns and copies into other
// fields. This nested Alpine component sits inside the designer's field editor and edits field.info.picking
// of the field passed in. The designer saves the draft because the definition changes.
(function () {
    function storedFields(fields, found) {
        fields.forEach(function (field) {
            found.push(field);
            if (field.type === 'title') {
                storedFields(field.fields || [], found);
            }
            ((field.info && field.info.options) || []).forEach(function (option) {
                storedFields(option.fields || [], found);
            });
        });
        return found;
    }

    function tableOf(fields, target) {
        var table = null;
        fields.forEach(function (field) {
            if (field.type === 'table' && (field.fields || []).some(function (column) { return column.id === target.id; })) {
                table = field;
            } else if (!table && field.type === 'title') {
                table = tableOf(field.fields || [], target);
            }
        });
        return table;
    }

    function catalogPicking() {
        return {
            columns: [],
            loadedCatalog: null,

            load: function (formId, catalogId) {
                var self = this;
                if (!catalogId || catalogId === this.loadedCatalog) {
                    return;
                }
                this.loadedCatalog = catalogId;
                fetch('/forms/' + formId + '/design/catalog-columns?catalog=' + catalogId,
                    {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (headers) { self.columns = headers.map(function (header) { return header.name; }); })
                    .catch(function () { self.columns = []; });
            },

            // Reads without creating, so that opening a field does not change the draft.
            rules: function (field) {
                var picking = field.info.picking || {};
                return {filters: picking.filters || [], shownColumns: picking.shownColumns || [], copies: picking.copies || []};
            },

            editable: function (field) {
                var picking = field.info.picking || {};
                picking.filters = picking.filters || [];
                picking.shownColumns = picking.shownColumns || [];
                picking.copies = picking.copies || [];
                field.info.picking = picking;
                return picking;
            },

            // Fields a filter may read and a copy may write: a table column's own row, then fields outside tables.
            candidates: function (definition, field) {
                var table = tableOf(definition.fields, field);
                var row = table ? table.fields : [];
                return row.concat(storedFields(definition.fields, [])).filter(function (candidate) {
                    return candidate.id !== field.id && ['title', 'table', 'note'].indexOf(candidate.type) < 0;
                });
            },

            addFilter: function (field) {
                this.editable(field).filters.push({column: this.columns[1] || this.columns[0] || '', value: ''});
            },

            setFilterKind: function (filter, kind, definition, field) {
                if (kind === 'field') {
                    var first = this.candidates(definition, field)[0];
                    delete filter.value;
                    filter.fieldId = first ? first.id : null;
                } else {
                    delete filter.fieldId;
                    filter.value = '';
                }
            },

            toggleShown: function (field, column, shown) {
                var picking = this.editable(field);
                picking.shownColumns = picking.shownColumns.filter(function (name) { return name !== column; });
                if (shown) {
                    picking.shownColumns.push(column);
                }
            },

            addCopy: function (definition, field) {
                var first = this.candidates(definition, field)[0];
                this.editable(field).copies.push({column: this.columns[1] || this.columns[0] || '', fieldId: first ? first.id : 0});
            }
        };
    }

    document.addEventListener('alpine:init', function () {
        window.Alpine.data('potokCatalogPicking', catalogPicking);
    });
})();
