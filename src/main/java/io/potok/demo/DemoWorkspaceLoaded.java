package io.potok.demo;

/**
 * Published in the transaction that loads the demo workspace, so that other modules can add to it (past
 * orders, for example) with the ids it got.
 *
 * @param orgId the demo organisation
 * @param ordersFormId the "Заказы" form
 * @param itRequestFormId the "Заявка в ИТ" form
 * @param clientsCatalogId the "Клиенты" catalog
 * @param productsCatalogId the "Товары" catalog
 */
public record DemoWorkspaceLoaded(long orgId, long ordersFormId, long itRequestFormId, long clientsCatalogId,
                                  long productsCatalogId) {
}
