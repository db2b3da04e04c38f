/**
 * Task queries per form: filters, sorting, keyset paging, the typed projection of field values, CSV and XLSX export.
 */
package io.potok.registry;
