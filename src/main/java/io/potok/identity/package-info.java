/**
 * Organisations, members, roles, departments with their heads, sign-in, API security keys and tokens, bot accounts.
 */
package io.potok.identity;
