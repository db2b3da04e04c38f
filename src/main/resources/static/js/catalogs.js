// The column editor of the catalog pages (catalogs/columns.jte): moves rows up and down, removes them and
// adds new ones from the row template. The form posts the rows in the order shown, so moving a row is all
// a reorder needs. The first row is the key column and has no buttons.
(function () {
    function rowsOf(button) {
        return button.closest('[data-column-rows]') || document.querySelector('[data-column-rows]');
    }

    function move(row, direction) {
        var rows = row.parentElement;
        if (direction === 'up' && row.previousElementSibling && row.previousElementSibling !== rows.firstElementChild) {
            rows.insertBefore(row, row.previousElementSibling);
        }
        if (direction === 'down' && row.nextElementSibling) {
            rows.insertBefore(row.nextElementSibling, row);
        }
    }

    function addColumn() {
        var template = document.getElementById('new-column-row');
        var rows = document.querySelector('[data-column-rows]');
        var row = template.content.firstElementChild.cloneNode(true);
        rows.appendChild(row);
        row.querySelector('input.column-name').focus();
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        if (!button) {
            return;
        }
        if (button.hasAttribute('data-add-column')) {
            addColumn();
        } else if (button.hasAttribute('data-move')) {
            move(button.closest('tr'), button.getAttribute('data-move'));
        } else if (button.hasAttribute('data-remove') && rowsOf(button)) {
            button.closest('tr').remove();
        }
    });
}());
