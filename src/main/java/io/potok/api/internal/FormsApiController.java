package io.potok.api.internal;

import java.util.List;
import java.util.Set;

import io.potok.forms.AccessLevel;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /forms}: the form templates the caller may use.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Forms")
class FormsApiController {

    private final Forms forms;
    private final FormAccess access;

    FormsApiController(Forms forms, FormAccess access) {
        this.forms = forms;
        this.access = access;
    }

    record FormList(List<FormJson> forms) {
    }

    @GetMapping("/forms")
    @Operation(summary = "Forms the caller has at least member access to")
    FormList list(CurrentMember caller) {
        Set<Long> usable = forms.formIdsWithLevel(caller, AccessLevel.MEMBER);
        return new FormList(forms.list(caller.orgId()).stream()
                .filter(form -> usable.contains(form.id()))
                .map(FormJson::of)
                .toList());
    }

    @GetMapping("/forms/{id}")
    @Operation(summary = "One form template with its steps and fields")
    FormJson form(CurrentMember caller, @PathVariable long id) {
        return FormJson.of(access.usable(caller, id));
    }
}
