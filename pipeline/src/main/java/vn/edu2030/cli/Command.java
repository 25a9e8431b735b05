package vn.edu2030.cli;

import java.io.PrintStream;
import java.util.Set;

/**
 * A command of the {@code edu2030} CLI. Implementations are Spring beans; help needs no
 * Spring.
 */
public interface Command {

	/** Exit codes shared by every command. */
	int OK = 0;

	int FAILED = 1;

	int USAGE = 2;

	String name();

	/** Options that take a value (besides the global --home). */
	default Set<String> valuedOptions() {
		return Set.of();
	}

	/** Options without a value (besides the global --help). */
	default Set<String> flagOptions() {
		return Set.of();
	}

	/** Runs the command; output goes to out, the one-line summary and errors to err. */
	int run(CommandLine line, PrintStream out, PrintStream err) throws Exception;

}
