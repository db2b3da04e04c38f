package io.potok.integrations;

import io.potok.platform.PotokException;

/**
 * Inventory connection settings that cannot be saved.
 */
public class InventorySettingsInvalid extends PotokException {

    private InventorySettingsInvalid(String code, Object... arguments) {
        super(code, 400, arguments);
    }

    public static InventorySettingsInvalid intervalOutOfRange(int minutes) {
        return new InventorySettingsInvalid("inventory_interval_invalid", minutes);
    }

    public static InventorySettingsInvalid keyColumnWithoutKey(String column) {
        return new InventorySettingsInvalid("inventory_key_column_invalid", column);
    }

    public static InventorySettingsInvalid unknownColumnSource(String column, String source) {
        return new InventorySettingsInvalid("inventory_column_source_invalid", column, source);
    }

    public static InventorySettingsInvalid enabledWithoutTokenOrCatalog() {
        return new InventorySettingsInvalid("inventory_sync_incomplete");
    }
}
