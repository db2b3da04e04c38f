package io.potok.tasks.web;

import io.potok.platform.PotokException;

/**
 * A decision button posted a decision the page does not know.
 */
class UnknownDecision extends PotokException {

    UnknownDecision(String decision) {
        super("unknown_decision", 400, decision);
    }
}
