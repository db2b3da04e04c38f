// The stock rule panel of the form designer (forms/stock-rule.jte). It sits inside the potokDesigner
// component and edits definition.stock of the draft in place, so the designer saves it with the rest of
// the draft. The rule names the order lines table, its product (catalog) and quantity (number) columns,
// the field outside the table whose value names the warehouse, and the steps that reserve and ship.
document.addEventListener('alpine:init', function () {
    var WAREHOUSE_TYPES = ['text', 'multiple_choice', 'catalog'];

    // Calls visit(field) for every field outside tables, depth first, sections and choice options included.
    function walkOutsideTables(list, visit) {
        list.forEach(function (field) {
            visit(field);
            if (field.type !== 'table') {
                walkOutsideTables(field.fields || [], visit);
            }
            ((field.info && field.info.options) || []).forEach(function (option) {
                walkOutsideTables(option.fields || [], visit);
            });
        });
    }

    function numberOrNull(value) {
        return value === '' || value === null || value === undefined ? null : parseInt(value, 10);
    }

    window.Alpine.data('potokStockRule', function () {
        return {
            tables: function () {
                var tables = [];
                walkOutsideTables(this.definition.fields, function (field) {
                    if (field.type === 'table') {
                        tables.push(field);
                    }
                });
                return tables;
            },

            columns: function (type) {
                var rule = this.definition.stock;
                var table = rule ? this.tables().find(function (candidate) {
                    return candidate.id === rule.linesFieldId;
                }) : null;
                return table ? table.fields.filter(function (column) {
                    return column.type === type;
                }) : [];
            },

            warehouseFields: function () {
                var fields = [];
                walkOutsideTables(this.definition.fields, function (field) {
                    if (WAREHOUSE_TYPES.indexOf(field.type) >= 0) {
                        fields.push(field);
                    }
                });
                return fields;
            },

            // Turns the rule on with the first fitting table, columns and warehouse field, or off.
            enable: function (on) {
                if (!on) {
                    this.definition.stock = null;
                    return;
                }
                var table = this.tables()[0];
                this.definition.stock = {linesFieldId: table ? table.id : 0, productFieldId: 0, quantityFieldId: 0,
                    warehouseFieldId: 0, blockSaving: false, reserveAtStep: null, shipAtStep: null};
                this.pickColumns();
                var warehouse = this.warehouseFields()[0];
                this.definition.stock.warehouseFieldId = warehouse ? warehouse.id : 0;
            },

            setTable: function (value) {
                this.definition.stock.linesFieldId = numberOrNull(value) || 0;
                this.pickColumns();
            },

            pickColumns: function () {
                var product = this.columns('catalog')[0];
                var quantity = this.columns('number')[0];
                this.definition.stock.productFieldId = product ? product.id : 0;
                this.definition.stock.quantityFieldId = quantity ? quantity.id : 0;
            },

            setNumber: function (property, value) {
                this.definition.stock[property] = numberOrNull(value) || 0;
            },

            setStep: function (property, value) {
                this.definition.stock[property] = numberOrNull(value);
            },

            label: function (field) {
                return field.name || ('#' + field.id);
            }
        };
    });
});
