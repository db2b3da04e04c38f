package io.potok.tasks;

import java.time.LocalDate;

import io.potok.platform.PotokException;

/**
 * A task was to be deferred until today or a past date, which would not hide it at all.
 */
public class DeferralDateInvalid extends PotokException {

    public DeferralDateInvalid(LocalDate until) {
        super("deferral_date_invalid", 400, until.toString());
    }
}
