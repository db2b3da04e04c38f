package io.potok.tasks.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.potok.forms.Form;
import io.potok.forms.Forms;
import org.springframework.stereotype.Component;

/**
 * Keeps the form versions tasks follow in memory. A published version never changes, so a cached copy
 * stays correct on every node; the number of entries is bounded by the versions of all forms.
 */
@Component
class FormVersions {

    private final Forms forms;
    private final Map<Key, Form> cache = new ConcurrentHashMap<>();

    FormVersions(Forms forms) {
        this.forms = forms;
    }

    Optional<Form> find(long orgId, long formId, int version) {
        Key key = new Key(orgId, formId, version);
        Form cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Form> loaded = forms.findVersion(orgId, formId, version);
        loaded.ifPresent(form -> cache.put(key, form));
        return loaded;
    }

    private record Key(long orgId, long formId, int version) {
    }
}
