package io.potok.platform.web;

import java.time.ZoneId;
import java.util.Locale;

/**
 * What the page shell needs to know about the signed-in user.
 */
public interface PageUser {

    String displayName();

    Locale locale();

    ZoneId zone();

    boolean admin();
}
