package vn.edu2030.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed arguments of one command: {@code --name value}, {@code --name=value}, flags and
 * positional arguments. Options a command does not know are a usage error, never ignored.
 */
public final class CommandLine {

	private final Map<String, String> options = new LinkedHashMap<>();

	private final List<String> positionals = new ArrayList<>();

	/**
	 * Thrown for arguments that do not fit the command; the CLI prints usage and exits 2.
	 */
	public static final class UsageException extends RuntimeException {

		public UsageException(String message) {
			super(message);
		}

	}

	/**
	 * @param valued options that take a value
	 * @param flags options that take none
	 */
	public static CommandLine parse(List<String> args, Set<String> valued, Set<String> flags) {
		CommandLine line = new CommandLine();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && arg.length() > 2) {
				String name = arg.substring(2);
				String value = null;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				if (flags.contains(name)) {
					if (value != null) {
						throw new UsageException("--" + name + " takes no value");
					}
					line.options.put(name, "true");
				}
				else if (valued.contains(name)) {
					if (value == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException("--" + name + " needs a value");
						}
						value = args.get(++i);
					}
					line.options.put(name, value);
				}
				else {
					throw new UsageException("unknown option --" + name);
				}
			}
			else {
				line.positionals.add(arg);
			}
		}
		return line;
	}

	public String option(String name) {
		return options.get(name);
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public List<String> positionals() {
		return positionals;
	}

}
