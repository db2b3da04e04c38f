package io.potok.automation.internal.webhooks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.automation.internal.outbox.OutboundAddressRefused;
import io.potok.automation.internal.outbox.OutboundAddresses;
import io.potok.automation.internal.outbox.OutboundHostUnknown;
import io.potok.automation.internal.outbox.OutboundUrlInvalid;
import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormDefinition;
import io.potok.forms.WebhookSubscription;
import org.springframework.stereotype.Component;

/**
 * Rejects a form definition whose webhook subscriptions have no id, share an id, or have a URL the address
 * guard rejects. A host that does not resolve now is accepted, because DNS may be missing only for the moment,
 * and delivery checks the address again.
 */
@Component
class WebhookDefinitionCheck implements DefinitionCheck {

    private final OutboundAddresses addresses;

    WebhookDefinitionCheck(OutboundAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (WebhookSubscription webhook : definition.automation().webhooks()) {
            String name = webhook.name() == null || webhook.name().isBlank() ? webhook.url() : webhook.name();
            if (webhook.id() == null || webhook.id().isBlank()) {
                problems.add(DefinitionProblem.of("webhook_id_missing", name));
            } else if (!ids.add(webhook.id())) {
                problems.add(DefinitionProblem.of("webhook_id_duplicated", name, webhook.id()));
            }
            checkUrl(name, webhook.url()).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<DefinitionProblem> checkUrl(String name, String url) {
        try {
            addresses.check(url);
        } catch (OutboundUrlInvalid invalid) {
            return Optional.of(DefinitionProblem.of("webhook_url_invalid", name, url));
        } catch (OutboundAddressRefused refused) {
            return Optional.of(DefinitionProblem.of("webhook_address_refused", name, url,
                    refused.arguments()[1]));
        } catch (OutboundHostUnknown unknown) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
