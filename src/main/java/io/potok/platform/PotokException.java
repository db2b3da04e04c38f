package io.potok.platform;

/**
 * Base of every failure reported to a user or API client. Each one has an error code from the error
 * catalogue, an HTTP status, and arguments for its message {@code error.<code>} in
 * {@code messages_*.properties}, which names the value that failed and what to do.
 */
public abstract class PotokException extends RuntimeException {

    private final String code;
    private final int status;
    private final transient Object[] arguments;

    protected PotokException(String code, int status, Object... arguments) {
        super(code);
        this.code = code;
        this.status = status;
        this.arguments = arguments.clone();
    }

    /** Returns the snake_case error code, as in the API's {@code error_code}. */
    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return "error." + code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
