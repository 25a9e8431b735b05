package vn.edu2030;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.edu2030.cli.Command;
import vn.edu2030.cli.CommandHelp;
import vn.edu2030.cli.CommandLine;

/** Entry point: {@code java -jar edu2030.jar <command> [options]}. */
@SpringBootApplication(proxyBeanMethods = false)
public class Edu2030Application {

	public static void main(String[] args) {
		int exit = run(args, System.out, System.err);
		if (Boolean.getBoolean("edu2030.peak-heap")) {
			// for the benchmark: how much heap the run needed
			System.err.println("edu2030 peak heap: " + vn.edu2030.benchmark.Benchmark.peakHeapMb() + " MB");
		}
		System.exit(exit);
	}

	/**
	 * Runs one command and returns its exit code (0 success, 1 failure, 2 usage error).
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> commandArgs = new ArrayList<>();
		List<String> springArgs = new ArrayList<>();
		boolean help = false;
		String commandName = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
			}
			else if (arg.equals("--home") || arg.startsWith("--home=")) {
				String home = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
						: (i + 1 < args.length ? args[++i] : null);
				if (home == null || home.isBlank()) {
					err.println("edu2030: --home needs a folder");
					return Command.USAGE;
				}
				springArgs.add("--edu2030.home=" + home);
			}
			else if (arg.startsWith("--edu2030.") || arg.startsWith("--logging.")) {
				springArgs.add(arg);
			}
			else if (commandName == null && !arg.startsWith("-")) {
				commandName = arg;
			}
			else {
				commandArgs.add(arg);
			}
		}
		if (commandName == null || commandName.equals("help")) {
			out.print(CommandHelp.overview());
			return help || "help".equals(commandName) ? Command.OK : Command.USAGE;
		}
		var entry = CommandHelp.find(commandName);
		if (entry.isEmpty()) {
			err.println("edu2030: unknown command '" + commandName + "'");
			err.print(CommandHelp.overview());
			return Command.USAGE;
		}
		if (help) {
			out.print(entry.get().usage());
			return Command.OK;
		}

		SpringApplication application = new SpringApplication(Edu2030Application.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("edu2030.command", commandName));
		try (ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new))) {
			Command command = context.getBeansOfType(Command.class)
				.values()
				.stream()
				.filter(c -> c.name().equals(entry.get().name()))
				.findFirst()
				.orElseThrow();
			CommandLine line = CommandLine.parse(commandArgs, command.valuedOptions(), command.flagOptions());
			return command.run(line, out, err);
		}
		catch (CommandLine.UsageException ex) {
			err.println("edu2030 " + commandName + ": " + ex.getMessage());
			err.print(entry.get().usage());
			return Command.USAGE;
		}
		catch (Exception ex) {
			err.println("edu2030 " + commandName + ": FAILED — " + rootMessage(ex));
			return Command.FAILED;
		}
	}

	private static String rootMessage(Throwable ex) {
		Set<Throwable> seen = new HashSet<>();
		Throwable cause = ex;
		while (cause.getCause() != null && seen.add(cause) && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.lines().findFirst().orElse(message);
	}

}
