package io.potok.automation.internal.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Sorts what Jakarta Mail (Angus Mail 2) and Spring's mail sender throw into the kinds of failure an
 * administrator can act on.
 */
final class SmtpFailures {

    private static final int FIRST_PERMANENT_REPLY = 500;

    private SmtpFailures() {
    }

    static SmtpFailure classify(Exception failure) {
        List<Throwable> chain = causes(failure);
        for (Throwable cause : chain) {
            SmtpFailure found = smtpReply(cause);
            if (found != null) {
                return found;
            }
        }
        return connectionFailure(chain);
    }

    /** Failures where the server replied: authentication, a rejected address or message. */
    private static SmtpFailure smtpReply(Throwable cause) {
        if (cause instanceof AuthenticationFailedException) {
            return SmtpFailure.temporary(SmtpFailure.Reason.AUTHENTICATION_FAILED, reply(cause));
        }
        if (cause instanceof AddressException) {
            return new SmtpFailure(SmtpFailure.Reason.RECIPIENT_INVALID, reply(cause), true);
        }
        if (cause instanceof SMTPAddressFailedException rejected) {
            boolean permanent = rejected.getReturnCode() >= FIRST_PERMANENT_REPLY;
            return new SmtpFailure(SmtpFailure.Reason.RECIPIENT_REJECTED, reply(cause), permanent);
        }
        if (cause instanceof SMTPSenderFailedException) {
            return SmtpFailure.temporary(SmtpFailure.Reason.SENDER_REJECTED, reply(cause));
        }
        if (cause instanceof SMTPSendFailedException rejected) {
            boolean permanent = rejected.getReturnCode() >= FIRST_PERMANENT_REPLY;
            return new SmtpFailure(SmtpFailure.Reason.MESSAGE_REJECTED, reply(cause), permanent);
        }
        return null;
    }

    /** Failures before the server could reply: TLS, timeouts, unreachable hosts. */
    private static SmtpFailure connectionFailure(List<Throwable> chain) {
        Throwable deepest = chain.get(chain.size() - 1);
        for (Throwable cause : chain) {
            if (cause instanceof SSLException || cause instanceof CertificateException || mentionsStartTls(cause)) {
                return SmtpFailure.temporary(SmtpFailure.Reason.TLS_FAILED, reply(cause));
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof SocketTimeoutException) {
                return SmtpFailure.temporary(SmtpFailure.Reason.TIMED_OUT, reply(deepest));
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof MailConnectException) {
                return SmtpFailure.temporary(SmtpFailure.Reason.CANNOT_CONNECT, reply(deepest));
            }
        }
        return SmtpFailure.temporary(SmtpFailure.Reason.FAILED, reply(deepest));
    }

    /** Angus Mail reports a server without STARTTLS, when STARTTLS is required, only in the message text. */
    private static boolean mentionsStartTls(Throwable cause) {
        String message = cause.getMessage();
        return cause instanceof MessagingException && message != null
                && message.toUpperCase(Locale.ROOT).contains("STARTTLS");
    }

    /** Flattens Spring's wrappers, the per-message failures and the cause chains into one list, outermost first. */
    private static List<Throwable> causes(Exception failure) {
        List<Throwable> chain = new ArrayList<>();
        List<Throwable> roots = new ArrayList<>();
        roots.add(failure);
        if (failure instanceof MailSendException send) {
            roots.addAll(List.of(send.getMessageExceptions()));
        }
        if (failure instanceof MailAuthenticationException && failure.getCause() != null) {
            roots.add(failure.getCause());
        }
        for (Throwable root : roots) {
            addChain(root, chain);
        }
        return chain;
    }

    private static void addChain(Throwable root, List<Throwable> chain) {
        for (Throwable cause = root; cause != null && !chain.contains(cause); cause = next(cause)) {
            chain.add(cause);
        }
    }

    /** Follows both the standard cause and Jakarta Mail's own chain of "next" exceptions. */
    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause();
    }

    private static String reply(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.strip();
    }
}
