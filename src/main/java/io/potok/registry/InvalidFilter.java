package io.potok.registry;

import io.potok.platform.PotokException;

/**
 * A registry filter, sort, column or paging parameter whose value cannot be used; the message names the
 * parameter and the value.
 */
public class InvalidFilter extends PotokException {

    public InvalidFilter(String parameter, String value) {
        super("invalid_filter", 400, parameter, value);
    }
}
