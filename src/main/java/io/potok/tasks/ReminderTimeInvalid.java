package io.potok.tasks;

import java.time.LocalDateTime;

import io.potok.platform.PotokException;

/**
 * A reminder was requested for a time that has already passed.
 */
public class ReminderTimeInvalid extends PotokException {

    public ReminderTimeInvalid(LocalDateTime at) {
        super("reminder_time_invalid", 400, at.toLocalDate().toString() + " " + at.toLocalTime());
    }
}
