/**
 * The parts of Potok that run by themselves: no-code rules, Pyrus-compatible bots, outgoing webhooks and email, recurring tasks,
 * per-record cadences and reminders. Everything that leaves Potok goes through a transactional outbox, so a
 * message is sent only when the change that caused it commits, and is retried until delivered or given up.
 */
package io.potok.automation;
