package io.potok.forms;

import java.time.Instant;

/**
 * The publisher and publishing time of a form version.
 *
 * @param version the version number
 * @param publishedBy the member who published it; null for versions written by Potok itself
 * @param publishedAt when it was published
 */
public record FormVersionInfo(int version, Long publishedBy, Instant publishedAt) {
}
