package io.potok.integrations;

/**
 * Runs the organisation's inventory sync outside its schedule.
 */
public interface InventorySync {

    /**
     * Schedules a sync of the organisation's connected products catalog to start at once. A sync already
     * waiting to run for the organisation is not scheduled twice.
     */
    void requestSync(long orgId);
}
