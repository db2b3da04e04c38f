package io.potok.forms.internal;

/**
 * A formula that cannot be read: an unexpected character or token, an unclosed bracket or quote.
 */
final class FormulaSyntaxError extends RuntimeException {

    private static final int SHOWN_LENGTH = 12;

    private final int position;
    private final String near;

    /**
     * @param formula the whole formula, to quote the place of the error
     * @param position the 1-based character position where reading failed
     */
    FormulaSyntaxError(String formula, int position) {
        super("Formula syntax error at character " + position);
        this.position = position;
        this.near = excerpt(formula, position);
    }

    int position() {
        return position;
    }

    /** Returns the formula text from the error on, shortened, or an empty text when the formula ended too early. */
    String near() {
        return near;
    }

    private static String excerpt(String formula, int position) {
        int start = Math.min(Math.max(position - 1, 0), formula.length());
        String rest = formula.substring(start);
        return rest.length() <= SHOWN_LENGTH ? rest : rest.substring(0, SHOWN_LENGTH) + "…";
    }
}
