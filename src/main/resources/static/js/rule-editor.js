// The rule editor: edits the rules of a form's draft and saves them as they change. Conditions use the same
// editor as route conditions (condition-groups.js, loaded first). Loaded without defer, so ruleEditor exists
// before Alpine starts and reads x-data.
(function () {
    var conditions = window.potokConditionGroups;
    var SAVE_DELAY_MS = 700;
    var ASSIGNEE_ACTIONS = ['assign', 'add_subscribers', 'remove_subscribers'];
    var nextKey = 1;

    function csrfHeaders() {
        var headers = {'Content-Type': 'application/json', 'Accept': 'application/json'};
        var header = document.querySelector('meta[name="csrf-header"]');
        var token = document.querySelector('meta[name="csrf-token"]');
        if (header && token && token.content) {
            headers[header.content] = token.content;
        }
        return headers;
    }

    // A rule id stays with the rule across versions, so run logs follow it.
    function newRuleId() {
        return 'rule-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 7);
    }

    function text(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function number(value) {
        return value === '' || value === null || value === undefined ? null : Number(value);
    }

    // Drops the properties without a value, so the stored document has no explicit nulls.
    function compact(document) {
        Object.keys(document).forEach(function (key) {
            if (document[key] === null || document[key] === undefined) {
                delete document[key];
            }
        });
        return document;
    }

    function moved(list, from, to) {
        if (to < 0 || to >= list.length || from === to) {
            return;
        }
        var item = list.splice(from, 1)[0];
        list.splice(to, 0, item);
    }

    // A value in the API's write shape, shown as the text or id its picker edits.
    function valueText(value) {
        if (value === null || value === undefined) {
            return '';
        }
        if (typeof value !== 'object') {
            return String(value);
        }
        var ids = value.choice_ids || value.item_ids;
        if (ids && ids.length > 0) {
            return String(ids[0]);
        }
        return value.id !== undefined ? String(value.id) : JSON.stringify(value);
    }

    function scheduleFrom(schedule) {
        var given = schedule || {};
        return {frequency: given.frequency || 'daily', start: given.start || new Date().toISOString().slice(0, 10),
            time: text(given.time).slice(0, 5) || '09:00', daysOfWeek: (given.daysOfWeek || []).slice(),
            dayOfMonth: text(given.dayOfMonth), until: text(given.until), count: text(given.count)};
    }

    function triggerFrom(trigger) {
        var given = trigger || {kind: 'task_created'};
        return {kind: given.kind, fieldId: text(given.fieldId), valueText: valueText(given.value),
            step: text(given.step), decision: text(given.decision), schedule: scheduleFrom(given.schedule)};
    }

    function assigneesFrom(who) {
        var given = who || {kind: 'members'};
        return {kind: given.kind, memberIds: (given.memberIds || []).map(String), roleId: text(given.roleId),
            fieldId: text(given.fieldId)};
    }

    function actionFrom(action) {
        var source = action.formula ? 'formula' : (action.sourceFieldId ? 'field' : 'value');
        return {key: nextKey++, kind: action.kind, fieldId: text(action.fieldId), source: source,
            valueText: valueText(action.value), sourceFieldId: text(action.sourceFieldId),
            formula: text(action.formula), assignees: assigneesFrom(action.assignees), step: text(action.step),
            template: text(action.template), formId: text(action.formId),
            mapping: (action.mapping || []).map(function (pair) {
                return {sourceFieldId: text(pair.sourceFieldId), targetFieldId: text(pair.targetFieldId)};
            }),
            toText: (action.to || []).join(', '), subject: text(action.subject), webhookId: text(action.webhookId)};
    }

    function ruleFrom(rule) {
        return {key: nextKey++, id: rule.id || newRuleId(), name: rule.name || '', enabled: rule.enabled !== false,
            trigger: triggerFrom(rule.trigger), condition: conditions.groupFrom(rule.condition),
            actions: (rule.actions || []).map(actionFrom)};
    }

    window.ruleEditor = function (formId, data) {
        return Object.assign(conditions.methods({textOperators: true, columns: true}), {
            formId: formId,
            fields: data.fields,
            steps: data.steps,
            members: data.members,
            roles: data.roles,
            catalogItems: data.catalogItems,
            catalogColumns: data.catalogColumns,
            forms: data.forms,
            webhooks: data.webhooks,
            labels: data.labels,
            rules: data.rules.map(ruleFrom),
            openKey: null,
            status: '',
            saveTimer: null,
            dirty: false,

            init: function () {
                var self = this;
                this.$watch('rules', function () { self.scheduleSave(); });
                window.addEventListener('beforeunload', function () {
                    if (self.dirty) {
                        self.save(true);
                    }
                });
                if (window.Sortable) {
                    window.Sortable.create(this.$refs.ruleList, {handle: '.drag-handle', draggable: '.rule-card',
                        onEnd: function (event) { self.dropped(event); }});
                }
            },

            // Sortable moved the card in the DOM. Put it back and reorder the data, so Alpine moves the card.
            dropped: function (event) {
                var list = event.from;
                list.removeChild(event.item);
                var cards = list.querySelectorAll(':scope > .rule-card');
                var reference = cards[event.oldDraggableIndex] || (cards.length ? cards[cards.length - 1].nextSibling : null);
                list.insertBefore(event.item, reference);
                moved(this.rules, event.oldDraggableIndex, event.newDraggableIndex);
            },

            document: function () {
                var self = this;
                return this.rules.map(function (rule) { return self.ruleDocument(rule); });
            },

            ruleDocument: function (rule) {
                var self = this;
                var document = {id: rule.id, name: rule.name, enabled: rule.enabled,
                    trigger: this.triggerDocument(rule.trigger),
                    actions: rule.actions.map(function (action) { return self.actionDocument(action); })};
                var condition = conditions.conditionOf(rule.condition);
                if (condition) {
                    document.condition = condition;
                }
                return document;
            },

            triggerDocument: function (trigger) {
                var document = {kind: trigger.kind};
                if (trigger.kind === 'field_changed') {
                    document.fieldId = number(trigger.fieldId);
                    document.value = this.valueDocument(trigger.fieldId, trigger.valueText);
                } else if (trigger.kind === 'step_entered' || trigger.kind === 'decision_made') {
                    document.step = number(trigger.step);
                    document.decision = trigger.kind === 'decision_made' && trigger.decision ? trigger.decision : null;
                } else if (trigger.kind === 'schedule') {
                    document.schedule = this.scheduleDocument(trigger.schedule);
                }
                return compact(document);
            },

            scheduleDocument: function (schedule) {
                var document = {frequency: schedule.frequency, start: schedule.start || null, time: schedule.time || null,
                    dayOfMonth: number(schedule.dayOfMonth), until: schedule.until || null, count: number(schedule.count)};
                if (schedule.frequency === 'weekly') {
                    document.daysOfWeek = schedule.daysOfWeek;
                }
                return compact(document);
            },

            actionDocument: function (action) {
                var document = {kind: action.kind};
                if (action.kind === 'set_field') {
                    document.fieldId = number(action.fieldId);
                    if (action.source === 'field') {
                        document.sourceFieldId = number(action.sourceFieldId);
                    } else if (action.source === 'formula') {
                        document.formula = action.formula;
                    } else {
                        document.value = this.valueDocument(action.fieldId, action.valueText);
                    }
                } else if (ASSIGNEE_ACTIONS.indexOf(action.kind) >= 0) {
                    document.assignees = this.assigneesDocument(action.assignees);
                } else if (action.kind === 'move_to_step') {
                    document.step = number(action.step);
                } else if (action.kind === 'comment') {
                    document.template = action.template;
                } else if (action.kind === 'create_task') {
                    document.formId = number(action.formId);
                    document.mapping = action.mapping.filter(function (pair) {
                        return pair.sourceFieldId !== '' && pair.targetFieldId !== '';
                    }).map(function (pair) {
                        return {sourceFieldId: Number(pair.sourceFieldId), targetFieldId: Number(pair.targetFieldId)};
                    });
                } else if (action.kind === 'send_email') {
                    document.to = action.toText.split(/[,;]/).map(function (part) { return part.trim(); })
                        .filter(function (part) { return part !== ''; });
                    document.subject = action.subject;
                    document.template = action.template;
                } else if (action.kind === 'call_webhook') {
                    document.webhookId = action.webhookId || null;
                }
                return compact(document);
            },

            assigneesDocument: function (who) {
                var document = {kind: who.kind};
                if (who.kind === 'members') {
                    document.memberIds = who.memberIds.map(Number);
                } else if (who.kind === 'role') {
                    document.roleId = number(who.roleId);
                } else if (who.kind === 'person_field') {
                    document.fieldId = number(who.fieldId);
                }
                return compact(document);
            },

            // The picked or typed value in the API's write shape for the field's type; null when empty.
            valueDocument: function (fieldId, typed) {
                if (typed === '' || typed === null || typed === undefined) {
                    return null;
                }
                var kind = this.valueInput(fieldId);
                if (kind === 'choice') {
                    return {choice_ids: [Number(typed)]};
                }
                if (kind === 'members') {
                    return {id: Number(typed)};
                }
                if (kind === 'catalog') {
                    return {item_ids: [Number(typed)]};
                }
                if (kind === 'number' && !isNaN(Number(typed))) {
                    return Number(typed);
                }
                return typed;
            },
            valueInput: function (fieldId) {
                return this.valueKind({fieldId: Number(fieldId), operator: 'equals', column: ''});
            },

            scheduleSave: function () {
                var self = this;
                this.dirty = true;
                this.status = this.labels.saving;
                clearTimeout(this.saveTimer);
                this.saveTimer = setTimeout(function () { self.save(false); }, SAVE_DELAY_MS);
            },

            save: function (leaving) {
                var self = this;
                clearTimeout(this.saveTimer);
                return fetch('/forms/' + this.formId + '/design/rules', {
                    method: 'POST', headers: csrfHeaders(), body: JSON.stringify(this.document()), keepalive: leaving
                }).then(function (response) {
                    if (!response.ok) {
                        throw new Error(String(response.status));
                    }
                    self.dirty = false;
                    self.status = self.labels.saved + ' ' + new Date().toLocaleTimeString().slice(0, 5);
                }).catch(function () {
                    self.status = self.labels.saveFailed;
                });
            },

            // Saves pending edits before the publish form is submitted, so the publish includes them.
            publish: function (form) {
                var pending = this.dirty ? this.save(false) : Promise.resolve();
                pending.then(function () { form.submit(); });
            },

            addRule: function () {
                var rule = ruleFrom({name: this.labels.newRule + ' ' + (this.rules.length + 1), enabled: true,
                    trigger: {kind: 'task_created'}, actions: []});
                this.rules.push(rule);
                this.openKey = rule.key;
            },
            duplicateRule: function (index) {
                var copy = ruleFrom(this.ruleDocument(this.rules[index]));
                copy.id = newRuleId();
                copy.name = this.labels.copyOf + ' ' + copy.name;
                this.rules.splice(index + 1, 0, copy);
                this.openKey = copy.key;
            },
            removeRule: function (index) {
                this.rules.splice(index, 1);
            },
            moveRule: function (index, delta) {
                moved(this.rules, index, index + delta);
            },
            toggleOpen: function (rule) {
                this.openKey = this.openKey === rule.key ? null : rule.key;
            },

            addAction: function (rule, kind) {
                rule.actions.push(actionFrom({kind: kind || 'set_field'}));
            },
            kindChanged: function (action) {
                var fresh = actionFrom({kind: action.kind});
                fresh.key = action.key;
                Object.assign(action, fresh);
            },
            moveAction: function (rule, index, delta) {
                moved(rule.actions, index, index + delta);
            },
            addMapping: function (action) {
                action.mapping.push({sourceFieldId: '', targetFieldId: ''});
            },
            targetFields: function (action) {
                var target = this.forms.find(function (form) { return String(form.id) === String(action.formId); });
                return target ? target.fields : [];
            },
            personFields: function () {
                return this.fields.filter(function (field) { return field.type === 'person'; });
            },
            toggleDay: function (schedule, day) {
                var at = schedule.daysOfWeek.indexOf(day);
                if (at >= 0) {
                    schedule.daysOfWeek.splice(at, 1);
                } else {
                    schedule.daysOfWeek.push(day);
                }
            }
        });
    };
})();
