package vn.edu2030.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.edu2030.nightly.NightlyRunner;

/** {@code edu2030 nightly}: see {@link CommandHelp}. */
@Component
public class NightlyCommand implements Command {

	private final NightlyRunner runner;

	public NightlyCommand(NightlyRunner runner) {
		this.runner = runner;
	}

	@Override
	public String name() {
		return "nightly";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("job");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		if (!line.positionals().isEmpty()) {
			throw new CommandLine.UsageException("nightly takes no arguments: " + line.positionals());
		}
		List<String> only = line.option("job") == null ? List.of() : List.of(line.option("job"));
		NightlyRunner.Outcome outcome = runner.run(only, false);
		err.println("edu2030 " + name() + ": " + outcome.line());
		return outcome.success() ? OK : FAILED;
	}

}
