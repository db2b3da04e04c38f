package io.potok.automation.internal.mail;

/**
 * One plain-text email to one recipient.
 *
 * @param to the recipient's address
 * @param subject the subject; line breaks become spaces
 * @param text the UTF-8 plain-text body
 * @param id the unique part of the Message-ID, the same for every attempt to send this email
 */
record OutgoingEmail(String to, String subject, String text, String id) {
}
