package io.potok.tasks.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.potok.forms.Form;
import io.potok.forms.Forms;
import org.springframework.stereotype.Component;

/**
 * Caches the form versions tasks follow. A published version never changes, so a cached copy stays correct
 * on every node. The cache holds at most one entry per published form version.
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
