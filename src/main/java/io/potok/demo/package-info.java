/**
 * The first start of an empty installation: the demo workspace, or an empty organisation with a configured administrator.
 */
package io.potok.demo;
