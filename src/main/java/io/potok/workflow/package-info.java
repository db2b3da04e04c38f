/**
 * Routes at work: which step a task is on, who decides it, conditions, parallel approval, return, reject and reopen.
 */
package io.potok.workflow;
