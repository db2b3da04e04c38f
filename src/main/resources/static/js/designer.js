// The form designer of forms/design.jte. It keeps the form's draft definition as loaded from
// GET {draftUrl}, and saves all of it with PUT {draftUrl} shortly after every change, so the draft
// survives a closed tab. The field tree is drawn by plain DOM code (the Alpine templates only draw the
// editor of the selected field) because SortableJS moves tree nodes itself: after a drop the new order
// is read back from the DOM into the definition and the tree is drawn again.
(function () {
    var SAVE_DELAY_MS = 600;
    var SYSTEM_TYPES = ['step', 'status', 'creation_date', 'author'];
    var NO_VALUE_TYPES = ['title', 'note'].concat(SYSTEM_TYPES);
    var CELL_TYPES = ['text', 'number', 'money', 'date', 'time', 'due_date', 'due_date_time', 'checkmark', 'flag',
        'email', 'phone', 'multiple_choice', 'person', 'catalog'];
    var DEFAULT_TYPES = ['text', 'number', 'money', 'date', 'time', 'due_date', 'due_date_time', 'checkmark', 'flag',
        'email', 'phone', 'multiple_choice'];
    var UNIQUE_TYPES = ['text', 'number', 'email', 'phone'];
    var FORMULA_TYPES = ['text', 'number', 'money', 'date'];

    // Tells whether a field of the type may be dropped into a list of the kind: sections and option lists
    // take anything but a section, table columns only take single-value types.
    function allowedIn(type, kind) {
        if (kind === 'table') {
            return CELL_TYPES.indexOf(type) >= 0;
        }
        if (kind === 'section' || kind === 'option') {
            return type !== 'title';
        }
        return true;
    }

    // Gives a loaded or new field every list and object the editor binds to.
    function normalise(field) {
        field.info = field.info || {};
        field.fields = field.fields || [];
        field.info.options = field.info.options || [];
        field.fields.forEach(normalise);
        field.info.options.forEach(function (option) {
            option.fields = option.fields || [];
            option.fields.forEach(normalise);
        });
        return field;
    }

    // Calls visit(field, list) for every field with the list that contains it, depth first.
    function walk(list, visit) {
        list.forEach(function (field) {
            visit(field, list);
            walk(field.fields || [], visit);
            ((field.info && field.info.options) || []).forEach(function (option) {
                walk(option.fields || [], visit);
            });
        });
    }

    function csrfHeaders() {
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        if (header && token && token.content) {
            headers[header.content] = token.content;
        }
        return headers;
    }

    function designer() {
        return {
            definition: {fields: [], route: {steps: []}},
            selectedId: null,
            newType: 'text',
            nextId: 1,
            state: 'loading',
            failure: '',
            hasDraft: false,
            savedAt: '',
            savedAtText: '',
            baseVersion: '',
            dirty: false,
            saveTimer: null,
            saving: null,
            sortables: [],

            // The tree is x-ignore'd, and Alpine registers no x-ref inside an ignored element.
            tree: function () {
                return this.$root.querySelector('#field-tree');
            },

            init: function () {
                var self = this;
                this.text = this.$root.dataset;
                this.tree().addEventListener('click', function (event) {
                    self.treeClicked(event);
                });
                window.addEventListener('pagehide', function () {
                    self.saveOnLeave();
                });
                fetch(this.text.draftUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                    .then(function (response) {
                        return response.ok ? response.json() : Promise.reject(response);
                    })
                    .then(function (loaded) {
                        self.load(loaded);
                        self.$watch('definition', function () {
                            self.changed();
                        });
                    })
                    .catch(function () {
                        self.state = 'failed';
                        self.failure = self.text.loadFailed;
                    });
            },

            load: function (loaded) {
                var definition = loaded.definition || {};
                definition.fields = (definition.fields || []).map(normalise);
                definition.route = definition.route || {steps: []};
                this.definition = definition;
                this.remember(loaded);
                this.state = 'saved';
                this.renderTree();
            },

            remember: function (saved) {
                this.hasDraft = saved.hasDraft;
                this.savedAt = saved.savedAt;
                this.savedAtText = saved.savedAtText;
                this.baseVersion = saved.baseVersion;
                this.nextId = Math.max(this.nextId, saved.nextFieldId);
            },

            changed: function () {
                var self = this;
                this.dirty = true;
                this.renderTree();
                clearTimeout(this.saveTimer);
                this.saveTimer = setTimeout(function () {
                    self.save();
                }, SAVE_DELAY_MS);
            },

            // Saves the definition unless a save is running. The running save starts another one when it ends,
            // so the last change is always sent.
            save: function () {
                var self = this;
                clearTimeout(this.saveTimer);
                if (this.saving || !this.dirty || this.state === 'conflict') {
                    return this.saving || Promise.resolve();
                }
                this.dirty = false;
                this.state = 'saving';
                var headers = csrfHeaders();
                headers['X-Draft-Saved-At'] = this.savedAt;
                this.saving = fetch(this.text.draftUrl, {method: 'PUT', headers: headers, credentials: 'same-origin',
                    body: JSON.stringify(this.definition)})
                    .then(function (response) {
                        return response.json().then(function (body) {
                            return response.ok ? body : Promise.reject({status: response.status, body: body});
                        });
                    })
                    .then(function (saved) {
                        self.remember(saved);
                        self.state = 'saved';
                    })
                    .catch(function (failed) {
                        self.dirty = true;
                        self.fail(failed);
                    })
                    .then(function () {
                        self.saving = null;
                        return self.dirty && self.state === 'saved' ? self.save() : null;
                    });
                return this.saving;
            },

            fail: function (failed) {
                this.state = failed && failed.status === 409 ? 'conflict' : 'failed';
                this.failure = failed && failed.body && failed.body.message ? failed.body.message : this.text.saveFailed;
            },

            // A closing tab cannot wait for a response, so the last change goes out as a keepalive request.
            saveOnLeave: function () {
                if (!this.dirty || this.state === 'conflict') {
                    return;
                }
                var headers = csrfHeaders();
                headers['X-Draft-Saved-At'] = this.savedAt;
                fetch(this.text.draftUrl, {method: 'PUT', headers: headers, credentials: 'same-origin',
                    keepalive: true, body: JSON.stringify(this.definition)});
            },

            flush: function () {
                var self = this;
                return Promise.resolve(this.saving).then(function () {
                    return self.dirty ? self.save() : null;
                });
            },

            submitAfterSave: function (form) {
                this.flush().then(function () {
                    form.submit();
                });
            },

            openAfterSave: function (event) {
                if (!this.dirty && !this.saving) {
                    return;
                }
                event.preventDefault();
                var url = event.currentTarget.href;
                this.flush().then(function () {
                    window.open(url, '_blank', 'noopener');
                });
            },

            discard: function (form) {
                if (!window.confirm(this.text.confirmDiscard)) {
                    return;
                }
                clearTimeout(this.saveTimer);
                this.dirty = false;
                Promise.resolve(this.saving).then(function () {
                    form.submit();
                });
            },

            // --- the selected field ---

            get field() {
                var id = this.selectedId;
                var found = null;
                walk(this.definition.fields, function (field) {
                    if (field.id === id) {
                        found = field;
                    }
                });
                return found;
            },

            select: function (id) {
                this.selectedId = id;
                this.renderTree();
                var editor = this.$refs.editor;
                if (window.matchMedia('(max-width: 900px)').matches) {
                    this.$nextTick(function () {
                        editor.scrollIntoView({behavior: 'smooth', block: 'start'});
                    });
                }
            },

            typeLabel: function (type) {
                var option = document.querySelector('#new-field-type option[value="' + type + '"]');
                return option ? option.textContent : type;
            },

            holdsValue: function (field) {
                return NO_VALUE_TYPES.indexOf(field.type) < 0;
            },

            takesDefault: function (field) {
                return DEFAULT_TYPES.indexOf(field.type) >= 0;
            },

            takesUnique: function (field) {
                return UNIQUE_TYPES.indexOf(field.type) >= 0;
            },

            takesFormula: function (field) {
                return FORMULA_TYPES.indexOf(field.type) >= 0;
            },

            inputType: function (type) {
                var types = {date: 'date', due_date: 'date', time: 'time', due_date_time: 'datetime-local',
                    email: 'email', phone: 'tel'};
                return types[type] || 'text';
            },

            wholeNumber: function (text) {
                return /^\d+$/.test(text) ? parseInt(text, 10) : null;
            },

            setText: function (field, property, text) {
                field[property] = text.length > 0 ? text : null;
            },

            setInfo: function (property, value) {
                this.field.info[property] = value;
            },

            setFlag: function (property, checked) {
                this.field[property] = checked ? true : null;
            },

            setStep: function (property, value) {
                this.field[property] = value === '' ? null : parseInt(value, 10);
            },

            setDefault: function (value) {
                this.field.defaultValue = value;
            },

            defaultChoice: function () {
                var value = this.field.defaultValue;
                return value && value.choice_ids && value.choice_ids.length > 0 ? value.choice_ids[0] : null;
            },

            setDefaultChoice: function (value) {
                this.field.defaultValue = value === '' ? null : {choice_ids: [parseInt(value, 10)]};
            },

            steps: function () {
                return (this.definition.route && this.definition.route.steps) || [];
            },

            // The fields a visibility condition may test: those holding one value, outside tables, other than
            // the edited field itself.
            conditionFields: function () {
                var self = this;
                var selected = this.selectedId;
                var candidates = [];
                var columns = [];
                walk(this.definition.fields, function (field) {
                    if (field.type === 'table') {
                        columns = columns.concat(field.fields.map(function (column) { return column.id; }));
                    }
                });
                walk(this.definition.fields, function (field) {
                    if (field.id === selected || columns.indexOf(field.id) >= 0 || !self.holdsValue(field)
                        || field.type === 'table') {
                        return;
                    }
                    candidates.push({id: field.id, name: field.name || self.text.untitled, type: field.type,
                        options: self.conditionOptions(field)});
                });
                return candidates;
            },

            conditionOptions: function (field) {
                if (field.type === 'multiple_choice') {
                    return field.info.options.map(function (option) { return {id: option.id, value: option.value}; });
                }
                if (field.type === 'checkmark' || field.type === 'flag') {
                    return [{id: 'checked', value: this.text.yes}, {id: 'unchecked', value: this.text.no}];
                }
                return [];
            },

            // --- changes to the field list ---

            // Adds a field of the picked type at the end of the form, a section, a table or an option.
            addField: function (parent) {
                var type = this.newType;
                var list = this.definition.fields;
                if (parent && parent.fields && parent.value !== undefined) {
                    list = parent.fields;
                } else if (parent && parent.type) {
                    list = parent.fields;
                    var kind = parent.type === 'table' ? 'table' : 'section';
                    type = allowedIn(type, kind) ? type : 'text';
                }
                if (parent && parent.value !== undefined && type === 'title') {
                    type = 'text';
                }
                var field = normalise({id: this.nextId++, name: this.typeLabel(type), type: type});
                if (type === 'money') {
                    field.info.decimalPlaces = 2;
                }
                list.push(field);
                this.select(field.id);
            },

            removeField: function (id) {
                var field = this.field;
                var nested = field && (field.fields.length > 0
                    || field.info.options.some(function (option) { return option.fields.length > 0; }));
                if (nested && !window.confirm(this.text.confirmRemove)) {
                    return;
                }
                walk(this.definition.fields, function (candidate, list) {
                    if (candidate.id === id) {
                        list.splice(list.indexOf(candidate), 1);
                    }
                });
                this.selectedId = null;
            },

            move: function (id, delta) {
                var done = false;
                walk(this.definition.fields, function (field, list) {
                    var index = list.indexOf(field);
                    if (done || field.id !== id || index + delta < 0 || index + delta >= list.length) {
                        return;
                    }
                    list.splice(index, 1);
                    list.splice(index + delta, 0, field);
                    done = true;
                });
            },

            addOption: function () {
                var options = this.field.info.options;
                var next = options.reduce(function (highest, option) { return Math.max(highest, option.id); }, 0) + 1;
                options.push({id: next, value: this.text.newOption + ' ' + next, fields: []});
            },

            moveOption: function (index, delta) {
                var options = this.field.info.options;
                var option = options.splice(index, 1)[0];
                options.splice(index + delta, 0, option);
            },

            removeOption: function (index) {
                var options = this.field.info.options;
                if (options[index].fields.length > 0 && !window.confirm(this.text.confirmRemove)) {
                    return;
                }
                options.splice(index, 1);
            },

            // --- the tree ---

            treeClicked: function (event) {
                var button = event.target.closest('button[data-action]');
                if (!button) {
                    return;
                }
                var id = parseInt(button.closest('li[data-id]').dataset.id, 10);
                if (button.dataset.action === 'select') {
                    this.select(id);
                } else {
                    this.move(id, button.dataset.action === 'up' ? -1 : 1);
                }
            },

            renderTree: function () {
                var tree = this.tree();
                this.sortables.forEach(function (sortable) { sortable.destroy(); });
                this.sortables = [];
                tree.replaceChildren(this.renderList(this.definition.fields, 'root', null, null));
                tree.querySelectorAll('ul.tree-list').forEach(this.makeSortable.bind(this));
            },

            renderList: function (fields, kind, parentId, optionId) {
                var list = document.createElement('ul');
                list.className = 'tree-list';
                list.dataset.kind = kind;
                if (parentId !== null) {
                    list.dataset.parent = parentId;
                }
                if (optionId !== null) {
                    list.dataset.option = optionId;
                }
                fields.forEach(function (field) {
                    list.appendChild(this.renderItem(field));
                }, this);
                return list;
            },

            renderItem: function (field) {
                var item = document.createElement('li');
                item.className = 'tree-item' + (field.id === this.selectedId ? ' selected' : '');
                item.id = 'tree-field-' + field.id;
                item.dataset.id = field.id;
                item.dataset.type = field.type;
                item.appendChild(this.renderRow(field));
                if (field.type === 'title' || field.type === 'table') {
                    var children = this.renderList(field.fields, field.type === 'table' ? 'table' : 'section', field.id, null);
                    children.classList.add('tree-children');
                    item.appendChild(children);
                }
                if (field.type === 'multiple_choice' && field.info.options.length > 0) {
                    item.appendChild(this.renderOptions(field));
                }
                return item;
            },

            renderRow: function (field) {
                var row = document.createElement('div');
                row.className = 'tree-row';
                var handle = document.createElement('span');
                handle.className = 'tree-handle';
                handle.title = this.text.drag;
                handle.textContent = '⠿';
                var name = document.createElement('button');
                name.type = 'button';
                name.className = 'tree-name';
                name.dataset.action = 'select';
                name.textContent = field.name || this.text.untitled;
                var type = document.createElement('span');
                type.className = 'badge';
                type.textContent = this.typeLabel(field.type) + (field.code ? ' · ' + field.code : '');
                name.appendChild(type);
                row.append(handle, name, this.moveButton('up', '↑', this.text.moveUp),
                    this.moveButton('down', '↓', this.text.moveDown));
                return row;
            },

            moveButton: function (action, symbol, label) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'tree-move';
                button.dataset.action = action;
                button.textContent = symbol;
                button.setAttribute('aria-label', label);
                return button;
            },

            renderOptions: function (field) {
                var options = document.createElement('div');
                options.className = 'tree-options';
                field.info.options.forEach(function (option) {
                    var block = document.createElement('div');
                    block.className = 'tree-option';
                    var label = document.createElement('span');
                    label.className = 'hint';
                    label.textContent = this.text.optionPrefix + ' «' + option.value + '»';
                    block.append(label, this.renderList(option.fields, 'option', field.id, option.id));
                    options.appendChild(block);
                }, this);
                return options;
            },

            makeSortable: function (list) {
                var self = this;
                this.sortables.push(window.Sortable.create(list, {
                    group: {
                        name: 'fields',
                        put: function (to, from, dragged) {
                            return allowedIn(dragged.dataset.type, to.el.dataset.kind);
                        }
                    },
                    handle: '.tree-handle',
                    animation: 150,
                    // Mouse and touch events rather than HTML drag and drop: the same on phones and desktops.
                    forceFallback: true,
                    fallbackOnBody: true,
                    swapThreshold: 0.65,
                    emptyInsertThreshold: 12,
                    onEnd: function () {
                        self.readTree();
                    }
                }));
            },

            // Rebuilds every field list from the order of the tree's nodes after a drop.
            readTree: function () {
                var byId = {};
                walk(this.definition.fields, function (field) {
                    byId[field.id] = field;
                });
                var root = this.tree().querySelector('ul.tree-list');
                this.definition.fields = this.readList(root, byId);
            },

            readList: function (list, byId) {
                var fields = [];
                Array.prototype.forEach.call(list.children, function (item) {
                    if (item.dataset.id) {
                        fields.push(this.readItem(item, byId));
                    }
                }, this);
                return fields;
            },

            readItem: function (item, byId) {
                var field = byId[item.dataset.id];
                var children = item.querySelector(':scope > ul.tree-children');
                if (children) {
                    field.fields = this.readList(children, byId);
                }
                item.querySelectorAll(':scope > .tree-options > .tree-option > ul.tree-list').forEach(function (list) {
                    var option = field.info.options.find(function (candidate) {
                        return String(candidate.id) === list.dataset.option;
                    });
                    option.fields = this.readList(list, byId);
                }, this);
                return field;
            }
        };
    }

    document.addEventListener('alpine:init', function () {
        window.Alpine.data('potokDesigner', designer);
    });
})();
