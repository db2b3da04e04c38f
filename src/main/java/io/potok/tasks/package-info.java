/**
 * Tasks with their field values, comments, subscribers, attachments, history, inbox and who may see them.
 */
package io.potok.tasks;
