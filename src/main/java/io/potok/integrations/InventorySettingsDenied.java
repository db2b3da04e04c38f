package io.potok.integrations;

import io.potok.platform.PotokException;

/**
 * A member who does not administer the organisation opened or changed the inventory connection.
 */
public class InventorySettingsDenied extends PotokException {

    public InventorySettingsDenied() {
        super("inventory_settings_denied", 403);
    }
}
