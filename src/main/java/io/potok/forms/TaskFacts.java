package io.potok.forms;

import java.time.Instant;

/**
 * What the read-only field types show: the task's step, status, creation time and author.
 */
public record TaskFacts(Integer currentStep, boolean closed, Instant createdAt, long authorId) {
}
