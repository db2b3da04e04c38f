package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Compares the structure of a response with a recorded Pyrus body: the same keys, and for each key the same
 * JSON value type (object, array, string, number, boolean), recursively through objects and the first
 * element of arrays.
 */
final class WireShapes {

    private WireShapes() {
    }

    /**
     * Asserts that {@code actual} has every key of {@code recorded} with a value of the same JSON type, and no
     * key the recorded body lacks.
     *
     * @param notProduced keys of the recorded body that Potok leaves out on purpose, at any depth
     */
    static void assertSameShape(JsonNode actual, JsonNode recorded, String... notProduced) {
        List<String> problems = new ArrayList<>();
        compare("$", actual, recorded, Set.of(notProduced), problems);
        assertThat(problems).as("differences from the recorded shape").isEmpty();
    }

    /**
     * Asserts that {@code actual} has every key of {@code recorded} with a value of the same JSON type; keys
     * the recorded body lacks are allowed, for responses that document more than the recording shows.
     */
    static void assertCoversShape(JsonNode actual, JsonNode recorded, String... notProduced) {
        List<String> problems = new ArrayList<>();
        compare("$", actual, recorded, Set.of(notProduced), problems);
        problems.removeIf(problem -> problem.endsWith(": not in the recording"));
        assertThat(problems).as("differences from the recorded shape").isEmpty();
    }

    private static void compare(String path, JsonNode actual, JsonNode recorded, Set<String> skipped,
                                List<String> problems) {
        if (recorded == null || recorded.isNull() || actual == null || actual.isNull()) {
            return;
        }
        if (kind(actual) != kind(recorded)) {
            problems.add(path + ": " + kind(actual) + " where the recording has " + kind(recorded));
            return;
        }
        if (recorded.isObject()) {
            for (String key : recorded.propertyNames()) {
                if (!actual.has(key) && !skipped.contains(key)) {
                    problems.add(path + "." + key + ": missing");
                }
                compare(path + "." + key, actual.get(key), recorded.get(key), skipped, problems);
            }
            for (String key : actual.propertyNames()) {
                if (!recorded.has(key)) {
                    problems.add(path + "." + key + ": not in the recording");
                }
            }
        } else if (recorded.isArray() && !recorded.isEmpty() && !actual.isEmpty()) {
            compare(path + "[0]", actual.get(0), recorded.get(0), skipped, problems);
        }
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isString() ? "string" : node.getNodeType().name();
    }
}
