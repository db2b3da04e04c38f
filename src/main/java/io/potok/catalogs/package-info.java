/**
 * Catalogs and their items; the first column of a catalog is the item key.
 */
package io.potok.catalogs;
