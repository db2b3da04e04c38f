package io.potok.forms;

/**
 * The rule that checks a form's order lines against stock on hand. Each line of the table names a product (a
 * catalog field over a catalog that carries stock) and a quantity. The warehouse is the text of another
 * field, such as the region's label, and must match a warehouse name of the stock.
 *
 * @param linesFieldId the table of order lines
 * @param productFieldId the catalog column of the table that picks the product
 * @param quantityFieldId the number column of the table with the quantity
 * @param warehouseFieldId the field outside the table whose value names the warehouse
 * @param blockSaving true: a task with a line above stock cannot be saved; false: it is saved and the
 *        warning is recorded in the task's history
 * @param reserveAtStep the step whose entry reserves the lines' quantities, or null for no reservation
 * @param shipAtStep the step whose entry writes the reserved quantities off stock on hand, or null; a task
 *        rejected, or closed without reaching it, releases its reservation
 */
public record StockRule(int linesFieldId, int productFieldId, int quantityFieldId, int warehouseFieldId,
                        boolean blockSaving, Integer reserveAtStep, Integer shipAtStep) {
}
