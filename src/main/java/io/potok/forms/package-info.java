/**
 * Form definitions: field types, versions, value codec and validation, and the route document each version carries.
 */
package io.potok.forms;
