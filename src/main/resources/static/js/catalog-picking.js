// Catalog fields with picking rules (filters, shown columns, copied columns).

// A search for catalog items sends the form's current inputs, so that the server can apply filters on other
// fields' values as they are on the page, saved or not. "live" is the page's live address, which differs
// between the task page and the new-task page. "input" is the name of the field's hidden input, which
// contains the table row of a column.
document.addEventListener('htmx:configRequest', function (event) {
    var search = event.detail.elt;
    if (!search.classList || !search.classList.contains('catalog-search')) {
        return;
    }
    var form = search.closest('form');
    var hidden = search.closest('.catalog-field').querySelector('input[type="hidden"]');
    if (!form) {
        return;
    }
    new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string' && /^f\d/.test(name)) {
            event.detail.formData.append(name, value);
        }
    });
    event.detail.formData.set('live', form.dataset.live || '');
    event.detail.formData.set('input', hidden ? hidden.name : '');
});

// Picking an item copies its cells into the fields its field names, in the same table row for a column.
// It runs in the capture phase, before potok.js empties the list the picked option sits in. The user may
// still change the copied values.
document.addEventListener('click', function (event) {
    var option = event.target.closest('.catalog-option');
    if (!option || !option.dataset.copies) {
        return;
    }
    var scope = option.closest('tr[data-row]') || option.closest('form');
    var copies = JSON.parse(option.dataset.copies);
    Object.keys(copies).forEach(function (fieldId) {
        var target = scope ? scope.querySelector('[data-field="' + fieldId + '"]') : null;
        if (target) {
            potokCopyInto(target, copies[fieldId]);
        }
    });
}, true);

// Writes a copied cell into a field's input: a select gets the option with the same label (or a person's
// email), any other input the text. Inputs that cannot take it stay as they are.
function potokCopyInto(target, text) {
    var input = target.querySelector('select, textarea, input:not([type="hidden"]):not([type="search"]):not([type="file"])');
    if (!input) {
        return;
    }
    if (input.tagName === 'SELECT') {
        var wanted = text.trim().toLowerCase();
        var match = Array.prototype.find.call(input.options, function (option) {
            return option.textContent.trim().toLowerCase() === wanted
                || (option.dataset.email || '').toLowerCase() === wanted;
        });
        if (!match) {
            return;
        }
        input.value = match.value;
    } else if (input.type === 'checkbox' || input.type === 'radio') {
        return;
    } else {
        input.value = text;
    }
    input.dispatchEvent(new Event('input', {bubbles: true}));
    input.dispatchEvent(new Event('change', {bubbles: true}));
}
