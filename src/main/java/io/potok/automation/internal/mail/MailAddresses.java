package io.potok.automation.internal.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks that a text is one bare email address such as {@code office@example.com}, without a display name.
 */
final class MailAddresses {

    private MailAddresses() {
    }

    static boolean isAddress(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(text.strip(), true);
            address.validate();
            return address.getPersonal() == null && address.getAddress().equals(text.strip())
                    && address.getAddress().indexOf('@') > 0;
        } catch (AddressException invalid) {
            return false;
        }
    }
}
