// Stock hints: on the new-task and task pages of a form with a stock rule, shows under each order line the
// stock available in the order's warehouse and a warning when the quantity is above it. The form's inputs go
// to the stock address beside its data-live address (/forms/{id}/stock or /tasks/{id}/stock); the server
// checks the stock again on save, so these hints are a preview.
(function () {
    var DELAY_MS = 250;

    function stockAddress(form) {
        return form.dataset.live ? form.dataset.live.replace(/\/live$/, '/stock') : null;
    }

    function schedule(form) {
        if (form.dataset.stockRule === 'none' || !stockAddress(form)) {
            return;
        }
        form.potokStockSequence = (form.potokStockSequence || 0) + 1;
        clearTimeout(form.potokStockTimer);
        form.potokStockTimer = setTimeout(function () {
            request(form);
        }, DELAY_MS);
    }

    function request(form) {
        var sequence = form.potokStockSequence;
        potokPostInputs(stockAddress(form), form)
            .then(function (hints) {
                if (hints && form.potokStockSequence === sequence) {
                    show(form, hints);
                }
            })
            .catch(function () {
                // A failed request leaves the hints as they are; saving checks the stock on the server.
            });
    }

    function show(form, hints) {
        form.querySelectorAll('.stock-hint').forEach(function (element) {
            element.remove();
        });
        if (!hints.table) {
            form.dataset.stockRule = 'none';
            return;
        }
        var table = form.querySelector('[data-table="' + hints.table + '"]');
        if (!table) {
            return;
        }
        Object.keys(hints.lines).forEach(function (rowNumber) {
            var row = table.querySelector('tbody tr[data-row="' + rowNumber + '"]');
            if (row) {
                showLine(row, hints.product, rowNumber, hints.lines[rowNumber]);
            }
        });
    }

    function showLine(row, productColumn, rowNumber, line) {
        var input = row.querySelector('[data-column="' + productColumn + '"]');
        var cell = input ? input.closest('td') : row.cells[0];
        var text = document.createElement('p');
        text.className = 'stock-hint';
        text.id = 'stock-hint-' + rowNumber;
        text.textContent = line.text;
        cell.appendChild(text);
        if (line.warning) {
            var warning = document.createElement('p');
            warning.className = 'stock-hint warning';
            warning.id = 'stock-warning-' + rowNumber;
            warning.setAttribute('role', 'alert');
            warning.textContent = line.warning;
            cell.appendChild(warning);
        }
    }

    function formOf(event) {
        return event.target && event.target.closest ? event.target.closest('form[data-live]') : null;
    }

    // Listens in the capture phase: a click that removes a table row detaches its button before the event
    // bubbles up, and a detached button no longer finds its form.
    ['input', 'change', 'click'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            var form = formOf(event);
            if (form) {
                schedule(form);
            }
        }, true);
    });

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form[data-live]').forEach(schedule);
    });
})();
