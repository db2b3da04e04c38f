package io.potok.automation.internal.bots;

import java.util.List;

import io.potok.automation.internal.outbox.OutboundAddresses;
import io.potok.identity.BotAccounts;
import io.potok.identity.BotAccounts.BotAccount;
import io.potok.identity.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators' operations on their organisation's bots: create one, change its URL, see and regenerate its
 * security key, block and unblock it. Every method checks that the member administers the organisation, and
 * every URL passes {@link OutboundAddresses} before it is saved.
 */
@Service
public class BotSettings {

    private final BotAccounts bots;
    private final OutboundAddresses addresses;

    BotSettings(BotAccounts bots, OutboundAddresses addresses) {
        this.bots = bots;
        this.addresses = addresses;
    }

    /** Returns the organisation's bots, blocked ones included, ordered by name. */
    public List<BotAccount> list(CurrentMember admin) {
        requireAdmin(admin);
        return bots.list(admin.orgId());
    }

    public BotAccount find(CurrentMember admin, long botId) {
        requireAdmin(admin);
        return bots.find(admin.orgId(), botId).orElseThrow(() -> new BotNotFound(botId));
    }

    /**
     * Creates a bot and returns its id.
     *
     * @throws BotNameInvalid when the name is empty, too long or used by another bot
     * @throws io.potok.platform.PotokException {@code outbound_address_refused} or {@code outbound_url_invalid}
     *         when Potok may not send to the URL
     */
    @Transactional
    public long create(CurrentMember admin, String name, String url) {
        requireAdmin(admin);
        String checkedName = checkName(admin.orgId(), name);
        String checkedUrl = addresses.check(url.trim()).toString();
        return bots.create(admin.orgId(), checkedName, checkedUrl);
    }

    /** Stores a new URL for the bot, checked as in {@link #create}. */
    @Transactional
    public void changeUrl(CurrentMember admin, long botId, String url) {
        find(admin, botId);
        bots.changeUrl(admin.orgId(), botId, addresses.check(url.trim()).toString());
    }

    /** Returns the bot's security key, for the administrator to copy into the bot. */
    public String securityKey(CurrentMember admin, long botId) {
        find(admin, botId);
        return bots.securityKey(admin.orgId(), botId).orElseThrow(() -> new BotNotFound(botId));
    }

    /** Sets a new security key, after which tokens obtained with the old one stop working. */
    @Transactional
    public String regenerateKey(CurrentMember admin, long botId) {
        find(admin, botId);
        return bots.regenerateKey(admin.orgId(), botId);
    }

    @Transactional
    public void changeBlocked(CurrentMember admin, long botId, boolean blocked) {
        find(admin, botId);
        bots.changeBlocked(admin.orgId(), botId, blocked);
    }

    private String checkName(long orgId, String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw BotNameInvalid.empty();
        }
        if (trimmed.length() > BotNameInvalid.MAX_LENGTH) {
            throw BotNameInvalid.tooLong(trimmed);
        }
        boolean taken = bots.list(orgId).stream().anyMatch(bot -> bot.name().equalsIgnoreCase(trimmed));
        if (taken) {
            throw BotNameInvalid.taken(trimmed);
        }
        return trimmed;
    }

    private static void requireAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw new BotSettingsDenied();
        }
    }
}
