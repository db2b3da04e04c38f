package io.potok.forms.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.potok.forms.FieldDefinition;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The draft as JSON for the designer pages: {@code GET} reads it, {@code PUT} replaces it with the
 * definition in the body. Saves need the session's CSRF token in its header, like every page request that
 * changes data.
 */
@Controller
@ResponseBody
class DraftController {

    private static final Logger log = LoggerFactory.getLogger(DraftController.class);

    /** The header carrying the {@link DraftState#savedAt()} the page last read or saved. */
    static final String SAVED_AT_HEADER = "X-Draft-Saved-At";

    private final Forms forms;
    private final FormDrafts drafts;
    private final DraftStates states;
    private final MessageSource messages;

    DraftController(Forms forms, FormDrafts drafts, DraftStates states, MessageSource messages) {
        this.forms = forms;
        this.drafts = drafts;
        this.states = states;
        this.messages = messages;
    }

    @GetMapping("/forms/{formId}/design/draft")
    DraftState read(CurrentMember member, @PathVariable long formId) {
        Form form = DesignAccess.administered(forms, member, formId);
        return states.of(member, form);
    }

    /**
     * Saves the draft. When the request carries {@value #SAVED_AT_HEADER} and the stored draft was saved at
     * another time since, the save is rejected with 409 so that two open designers do not overwrite each
     * other. Without the header the draft is replaced unconditionally.
     */
    @PutMapping("/forms/{formId}/design/draft")
    DraftState save(CurrentMember member, @PathVariable long formId, @RequestBody FormDefinition definition,
                    @RequestHeader(name = SAVED_AT_HEADER, required = false) String expectedSavedAt) {
        Form form = DesignAccess.administered(forms, member, formId);
        requireUniqueIds(definition);
        if (expectedSavedAt != null && !expectedSavedAt.equals(states.of(member, form).savedAt())) {
            throw new DraftChanged(form.name());
        }

        drafts.save(member.orgId(), formId, definition, member.memberId());
        return states.of(member, form);
    }

    private static void requireUniqueIds(FormDefinition definition) {
        Set<Integer> seen = new HashSet<>();
        for (FieldDefinition field : definition.allFields().toList()) {
            if (field.id() <= 0 || !seen.add(field.id())) {
                throw new DraftFieldIdInvalid(field.id());
            }
        }
    }

    @ExceptionHandler(PotokException.class)
    ResponseEntity<Map<String, Object>> failure(PotokException failure, HttpServletRequest request) {
        log.info("Draft request {} {} rejected with {}", request.getMethod(), request.getRequestURI(), failure.code());
        String message = messages.getMessage(failure.messageKey(), failure.arguments(), failure.code(),
                RequestContextUtils.getLocale(request));
        return ResponseEntity.status(failure.status()).body(Map.of("error", failure.code(), "message", message));
    }
}
