/**
 * The public REST API at /api/v4, compatible with the Pyrus API v4 wire format.
 */
package io.potok.api;
