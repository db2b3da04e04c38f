// Sends the CSRF token with every htmx request.
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && token.content) {
        event.detail.headers[header.content] = token.content;
    }
});

// Reads a number as users type it: spaces between digit groups, a decimal comma or point. Returns null
// for anything else, including an empty box.
function potokDecimal(text) {
    var compact = (text || '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(compact) ? parseFloat(compact) : null;
}

// The value a table cell holds: an input's typed number or a computed output's text.
function potokCellValue(element) {
    return potokDecimal(element.tagName === 'OUTPUT' ? element.textContent : element.value);
}

// Posts a form's text inputs with the page's CSRF token and resolves to the JSON response, or null when the
// request failed. Files chosen for file fields are uploaded only on save, so they are not sent.
function potokPostInputs(address, form) {
    var headers = { 'Accept': 'application/json' };
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && token.content) {
        headers[header.content] = token.content;
    }
    var inputs = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
        if (typeof value === 'string') {
            inputs.append(name, value);
        }
    });
    return fetch(address, { method: 'POST', body: inputs, headers: headers, credentials: 'same-origin' })
        .then(function (response) {
            return response.ok ? response.json() : null;
        });
}

// The live form: posts the form's inputs to its data-live address and applies the response, which lists
// the fields to hide ({"hidden": [ids]}) and the text of each computed field ({"computed": {id: text}}).
// Every edit counts up form.potokLiveSequence, so a response about an older state of the form is dropped.
function potokLive(form) {
    var sequence = form.potokLiveSequence;
    potokPostInputs(form.dataset.live, form).then(function (state) {
        if (state && form.potokLiveSequence === sequence) {
            potokApplyLive(form, state);
        }
    }).catch(function () {
        // A failed update leaves the form as it is; saving validates everything on the server anyway.
    });
}

function potokApplyLive(form, state) {
    var hidden = {};
    state.hidden.forEach(function (id) {
        hidden[String(id)] = true;
    });
    form.querySelectorAll('[data-field]').forEach(function (element) {
        element.hidden = hidden[element.dataset.field] === true;
    });
    Object.keys(state.computed).forEach(function (id) {
        var output = form.querySelector('output#field-' + id);
        if (output) {
            output.textContent = state.computed[id];
        }
    });
    Object.keys(state.cells || {}).forEach(function (id) {
        var output = document.getElementById(id);
        if (output && output.tagName === 'OUTPUT' && form.contains(output)) {
            output.textContent = state.cells[id];
        }
    });
    potokShowLiveErrors(form, state.errors || {});
}

// Shows the message of each formula that fails on the typed values beside its field, and drops the
// messages of formulas that compute again. Messages go in through textContent, so they are never HTML.
function potokShowLiveErrors(form, errors) {
    form.querySelectorAll('.field-error.live').forEach(function (element) {
        if (!Object.prototype.hasOwnProperty.call(errors, element.dataset.liveError)) {
            element.remove();
        }
    });
    Object.keys(errors).forEach(function (id) {
        var field = form.querySelector('[data-field="' + id + '"]');
        if (!field) {
            return;
        }
        var message = field.querySelector(':scope > .field-error.live');
        if (!message) {
            message = document.createElement('p');
            message.className = 'field-error live';
            message.id = 'live-error-' + id;
            message.setAttribute('role', 'alert');
            message.dataset.liveError = id;
            field.appendChild(message);
        }
        message.textContent = errors[id];
    });
}

// The task form: adds and removes table rows and shows line totals and column sums as the user types.
// The server computes both again on save, exactly and rounded half-up; these are a preview. With a
// data-live address, the server's response also shows and hides conditional fields and fills computed ones.
document.addEventListener('alpine:init', function () {
    window.Alpine.data('potokForm', function () {
        return {
            liveTimer: null,
            init: function () {
                this.recompute();
                var form = this.$root;
                var component = this;
                if (form.dataset.live) {
                    ['input', 'change'].forEach(function (type) {
                        form.addEventListener(type, function () {
                            component.scheduleLive(form);
                        });
                    });
                }
            },
            scheduleLive: function (form) {
                if (!form.dataset.live) {
                    return;
                }
                form.potokLiveSequence = (form.potokLiveSequence || 0) + 1;
                clearTimeout(this.liveTimer);
                this.liveTimer = setTimeout(function () {
                    potokLive(form);
                }, 200);
            },
            addRow: function (tableId) {
                var container = this.$root.querySelector('[data-table="' + tableId + '"]');
                var template = document.getElementById('row-template-' + tableId);
                var number = parseInt(container.dataset.nextRow, 10);
                container.dataset.nextRow = String(number + 1);
                var tbody = container.querySelector('tbody');
                tbody.insertAdjacentHTML('beforeend', template.innerHTML.split('__ROW__').join(String(number)));
                if (window.htmx) {
                    window.htmx.process(tbody.lastElementChild);
                }
                this.recompute();
                this.scheduleLive(this.$root);
            },
            // Finds the form before removing the row: $root is looked up from the clicked button, which is
            // detached once its row is gone.
            removeRow: function (event) {
                var form = event.target.closest('form');
                event.target.closest('tr').remove();
                this.recompute(form);
                this.scheduleLive(form);
            },
            recompute: function (form) {
                var root = form || this.$root;
                root.querySelectorAll('tr[data-row] output[data-product]:not([data-product=""])').forEach(function (output) {
                    var row = output.closest('tr');
                    var product = 1;
                    output.dataset.product.split(',').forEach(function (columnId) {
                        var cell = row.querySelector('[data-column="' + columnId + '"]');
                        var value = cell ? potokCellValue(cell) : null;
                        product = value === null || product === null ? null : product * value;
                    });
                    output.textContent = product === null ? '' : product.toFixed(parseInt(output.dataset.places, 10));
                });
                root.querySelectorAll('output[data-sum-of]:not([data-sum-of=""])').forEach(function (output) {
                    var sum = 0;
                    root.querySelectorAll('tr[data-row] [data-column="' + output.dataset.sumOf + '"]').forEach(function (cell) {
                        var value = potokCellValue(cell);
                        sum += value === null ? 0 : value;
                    });
                    output.textContent = sum.toFixed(parseInt(output.dataset.places, 10));
                });
            }
        };
    });
});

// Catalog fields: picking a suggestion stores the item id and shows its other columns; typing again
// clears the pick until a new suggestion is chosen.
document.addEventListener('click', function (event) {
    var option = event.target.closest('.catalog-option');
    if (!option) {
        return;
    }
    var field = option.closest('.catalog-field');
    field.querySelector('input[type="hidden"]').value = option.dataset.itemId;
    field.querySelector('.catalog-search').value = option.dataset.key;
    field.querySelector('.catalog-details').textContent = option.dataset.details;
    field.querySelector('.catalog-options').innerHTML = '';
});

document.addEventListener('input', function (event) {
    if (!event.target.classList || !event.target.classList.contains('catalog-search')) {
        return;
    }
    var field = event.target.closest('.catalog-field');
    field.querySelector('input[type="hidden"]').value = '';
    field.querySelector('.catalog-details').textContent = '';
});

// Form link fields: picking a suggested task adds it to the linked tasks as a hidden input and a link, and
// "remove" takes a linked task out. Subjects go in through textContent, so they are never read as HTML.
document.addEventListener('click', function (event) {
    var option = event.target.closest('.form-link-option');
    if (!option) {
        return;
    }
    var field = option.closest('.form-link-field');
    var taskId = option.dataset.taskId;
    var list = field.querySelector('.linked-tasks');
    if (!list.querySelector('li[data-task-id="' + taskId + '"]')) {
        var item = document.createElement('li');
        item.dataset.taskId = taskId;
        var input = document.createElement('input');
        input.type = 'hidden';
        input.name = field.dataset.inputName;
        input.value = taskId;
        var link = document.createElement('a');
        link.href = '/tasks/' + taskId;
        link.className = 'linked-task';
        link.textContent = option.dataset.subject;
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'link form-link-remove';
        remove.textContent = field.dataset.unlink;
        item.append(input, link, ' ', remove);
        list.appendChild(item);
    }
    field.querySelector('.form-link-search').value = '';
    field.querySelector('.form-link-options').innerHTML = '';
});

document.addEventListener('click', function (event) {
    var remove = event.target.closest('.form-link-remove');
    if (remove) {
        remove.closest('li').remove();
    }
});
