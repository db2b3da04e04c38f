package io.potok.automation.internal.schedules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How often a catalog item gets a task under a per-record schedule, read from the item's cadence column.
 * The column may contain the wire names ({@code monthly}, {@code quarterly}, {@code half_yearly}) or the
 * Russian labels «Ежемесячно», «Ежеквартально» and «Раз в полгода», in any letter case.
 */
enum CadencePeriod {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6);

    /** Initial next dates spread over this many days, so a new catalog does not create all its tasks at once. */
    static final int SPREAD_DAYS = 21;

    private static final Map<String, CadencePeriod> NAMES = Map.of(
            "monthly", MONTHLY, "quarterly", QUARTERLY, "half_yearly", HALF_YEARLY,
            "ежемесячно", MONTHLY, "ежеквартально", QUARTERLY, "раз в полгода", HALF_YEARLY);

    private final int months;

    CadencePeriod(int months) {
        this.months = months;
    }

    /** Parses a cell of the cadence column; empty when the cell is empty or names no known cadence. */
    static Optional<CadencePeriod> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(NAMES.get(cell.trim().toLowerCase(Locale.ROOT)));
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the date one period after {@code date}; the 31st falls on the month's last day where needed. */
    LocalDate after(LocalDate date) {
        return date.plusMonths(months);
    }

    /**
     * Returns the first due date of an item never called before: a day within the next {@value #SPREAD_DAYS}
     * days picked by the item id, so items spread evenly and about one in {@value #SPREAD_DAYS} is due today.
     */
    static LocalDate firstDue(LocalDate today, long itemId) {
        return today.plusDays(Math.floorMod(itemId, SPREAD_DAYS));
    }
}
