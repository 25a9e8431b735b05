package vn.edu2030;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CLI as an operator runs it, on a test's home folder and incoming folder: in this
 * JVM, or in a JVM of its own.
 */
public final class TestCli {

	private TestCli() {
	}

	/** What a command printed and returned. */
	public record Run(int exit, String out, String err) {

	}

	/** Runs a command in this JVM. */
	public static Run run(Path home, Path incoming, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = run(home, incoming, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), args);
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** Runs a command in this JVM, printing to the given streams as it goes. */
	public static int run(Path home, Path incoming, PrintStream out, PrintStream err, String... args) {
		return Edu2030Application.run(withHome(home, incoming, args).toArray(String[]::new), out, err);
	}

	/**
	 * Starts a command in a new JVM with this JVM's class path; its stdout and stderr go
	 * to {@code <home>/<name>.out} and {@code <home>/<name>.err}.
	 */
	public static Process start(Path home, Path incoming, String name, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), Edu2030Application.class.getName()));
		command.addAll(withHome(home, incoming, args));
		return new ProcessBuilder(command).redirectOutput(home.resolve(name + ".out").toFile())
			.redirectError(home.resolve(name + ".err").toFile())
			.start();
	}

	private static List<String> withHome(Path home, Path incoming, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--home");
		all.add(home.toString());
		all.add("--edu2030.incoming-dir=" + incoming);
		return all;
	}

}
