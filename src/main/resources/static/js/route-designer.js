// The route designer: edits a form draft's route steps and saves them as they change. Loaded without defer,
// so routeDesigner exists before Alpine starts and reads x-data.
(function () {
    var conditions = window.potokConditionGroups;
    var groupFrom = conditions.groupFrom;
    var conditionOf = conditions.conditionOf;
    var newGroup = conditions.newGroup;
    var SAVE_DELAY_MS = 700;
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

    function stepFrom(step) {
        return {
            key: nextKey++, number: step.number, name: step.name || '', condition: groupFrom(step.condition),
            rules: (step.assignees || []).map(function (rule) {
                var who = rule.who || {kind: 'members'};
                return {key: nextKey++, when: groupFrom(rule.when), kind: who.kind,
                    memberIds: (who.memberIds || []).map(String), roleId: who.roleId ? String(who.roleId) : '',
                    fieldId: who.fieldId ? String(who.fieldId) : '', column: who.column || ''};
            }),
            rejectTo: step.rejectToStep || '', dueHours: step.dueHours || '', businessHours: !!step.businessHours
        };
    }

    function moved(list, index, delta) {
        var target = index + delta;
        if (target < 0 || target >= list.length) {
            return;
        }
        var item = list.splice(index, 1)[0];
        list.splice(target, 0, item);
    }

    function stepsFrom(route) {
        var steps = (route.steps || []).map(stepFrom);
        steps.forEach(function (step) {
            var target = steps.find(function (other) { return other.number === step.rejectTo; });
            step.rejectTo = target ? target.key : '';
        });
        return steps;
    }

    window.routeDesigner = function (formId, data) {
        return Object.assign(conditions.methods(), {
            formId: formId,
            fields: data.fields,
            members: data.members,
            roles: data.roles,
            catalogItems: data.catalogItems,
            memberColumns: data.memberColumns || {},
            labels: data.labels,
            steps: stepsFrom(data.route),
            status: '',
            saveTimer: null,
            dirty: false,
            sample: {},
            authorId: '',
            testResult: null,
            testError: '',

            init: function () {
                var self = this;
                this.$watch('steps', function () { self.scheduleSave(); });
                window.addEventListener('beforeunload', function () {
                    if (self.dirty) {
                        self.save(true);
                    }
                });
            },

            // Step numbers are positions; a reject target is kept as the original number of the step it names
            // until the server renumbers the route.
            route: function () {
                var numbers = {};
                this.steps.forEach(function (step, index) { numbers[step.key] = index + 1; });
                var self = this;
                return {steps: this.steps.map(function (step, index) {
                    return {
                        number: index + 1, name: step.name, condition: conditionOf(step.condition),
                        assignees: step.rules.map(self.ruleDocument), rejectToStep: numbers[step.rejectTo] || null,
                        dueHours: step.dueHours === '' ? null : parseInt(step.dueHours, 10) || null,
                        businessHours: step.businessHours || null
                    };
                })};
            },

            ruleDocument: function (rule) {
                var who = {kind: rule.kind};
                if (rule.kind === 'members' || rule.kind === 'all_of') {
                    who.memberIds = rule.memberIds.map(Number);
                } else if (rule.kind === 'role' && rule.roleId) {
                    who.roleId = Number(rule.roleId);
                } else if (rule.kind === 'person_field' && rule.fieldId) {
                    who.fieldId = Number(rule.fieldId);
                } else if (rule.kind === 'catalog_member' && rule.fieldId) {
                    who.fieldId = Number(rule.fieldId);
                    who.column = rule.column || null;
                }
                var when = conditionOf(rule.when);
                return when ? {when: when, who: who} : {who: who};
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
                return fetch('/forms/' + this.formId + '/design/route', {
                    method: 'POST', headers: csrfHeaders(), body: JSON.stringify(this.route()), keepalive: leaving
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

            addStep: function () {
                this.steps.push(stepFrom({name: this.labels.newStep + ' ' + (this.steps.length + 1),
                    assignees: [{who: {kind: 'author'}}]}));
            },
            removeStep: function (index) {
                var key = this.steps[index].key;
                this.steps.splice(index, 1);
                this.steps.forEach(function (step) {
                    if (String(step.rejectTo) === String(key)) {
                        step.rejectTo = '';
                    }
                });
            },
            moveStep: function (index, delta) {
                moved(this.steps, index, delta);
                var self = this;
                this.steps.forEach(function (step, position) {
                    var target = self.steps.findIndex(function (other) { return String(other.key) === String(step.rejectTo); });
                    if (target >= position) {
                        step.rejectTo = '';
                    }
                });
            },
            earlierSteps: function (index) {
                return this.steps.slice(0, index);
            },

            addRule: function (step) {
                step.rules.push({key: nextKey++, when: newGroup(), kind: 'members', memberIds: [], roleId: '', fieldId: '',
                    column: ''});
            },
            moveRule: function (step, index, delta) {
                moved(step.rules, index, delta);
            },

            personFields: function () {
                return this.fields.filter(function (field) { return field.type === 'person'; });
            },
            catalogFields: function () {
                return this.fields.filter(function (field) { return field.type === 'catalog' && field.catalogId; });
            },
            // The member columns of the catalog behind the rule's field.
            memberColumnsOf: function (fieldId) {
                var field = this.field(fieldId);
                return field && field.catalogId ? (this.memberColumns[field.catalogId] || []) : [];
            },
            // Test mode: the fields any condition, person_field or catalog_member rule reads, each with a sample
            // input.
            testFields: function () {
                var ids = {};
                function collect(condition) {
                    conditions.eachField(condition, function (fieldId) { ids[fieldId] = true; });
                }
                this.route().steps.forEach(function (step) {
                    collect(step.condition);
                    step.assignees.forEach(function (rule) {
                        collect(rule.when);
                        if ((rule.who.kind === 'person_field' || rule.who.kind === 'catalog_member') && rule.who.fieldId) {
                            ids[rule.who.fieldId] = true;
                        }
                    });
                });
                return this.fields.filter(function (field) { return ids[field.id]; });
            },
            sampleKind: function (field) {
                return this.valueKind({fieldId: field.id, operator: 'equals'});
            },
            sampleUpdates: function () {
                var self = this;
                return this.testFields().map(function (field) {
                    var raw = self.sample[field.id];
                    if (raw === undefined || raw === '' || raw === null) {
                        return null;
                    }
                    var kind = self.sampleKind(field);
                    var value = raw;
                    if (kind === 'choice') {
                        value = {choice_ids: [Number(raw)]};
                    } else if (kind === 'members') {
                        value = {id: Number(raw)};
                    } else if (kind === 'catalog') {
                        value = {item_ids: [Number(raw)]};
                    }
                    return {id: field.id, value: value};
                }).filter(function (update) { return update !== null; });
            },
            runTest: function () {
                var self = this;
                this.testError = '';
                var request = {route: this.route(), fields: this.sampleUpdates(),
                    authorId: this.authorId === '' ? null : Number(this.authorId)};
                fetch('/forms/' + this.formId + '/design/route/test', {
                    method: 'POST', headers: csrfHeaders(), body: JSON.stringify(request)
                }).then(function (response) {
                    return response.json().then(function (body) {
                        if (!response.ok) {
                            throw new Error(body.error || self.labels.testFailed);
                        }
                        self.testResult = body.steps;
                    });
                }).catch(function (error) {
                    self.testResult = null;
                    self.testError = error.message || self.labels.testFailed;
                });
            }
        });
    };
})();
