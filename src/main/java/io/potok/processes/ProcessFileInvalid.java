package io.potok.processes;

import io.potok.platform.PotokException;

/**
 * A process document cannot be read: it is not well-formed YAML or JSON, or a value has the wrong shape.
 * The message names the line and column (0 when unknown) and what the parser expected.
 */
public class ProcessFileInvalid extends PotokException {

    private final int line;
    private final int column;

    public ProcessFileInvalid(int line, int column, String detail) {
        super("process_file_invalid", 400, String.valueOf(line), String.valueOf(column), detail);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
