package vn.edu2030.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.edu2030.check.CheckJobConfiguration;
import vn.edu2030.export.ExportJobConfiguration;
import vn.edu2030.nightly.NightlyRunner;
import vn.edu2030.reference.ReferenceJobConfiguration;

/** {@code edu2030 reference}: see {@link CommandHelp}. */
@Component
public class ReferenceCommand implements Command {

	private final NightlyRunner runner;

	public ReferenceCommand(NightlyRunner runner) {
		this.runner = runner;
	}

	@Override
	public String name() {
		return "reference";
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("force");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		if (!line.positionals().isEmpty()) {
			throw new CommandLine.UsageException("reference takes no arguments: " + line.positionals());
		}
		// The export too: a reference change must reach the Parquet release, and a later
		// nightly with nothing new would not export it.
		NightlyRunner.Outcome outcome = runner.run(List.of(ReferenceJobConfiguration.JOB_NAME,
				ExportJobConfiguration.JOB_NAME, CheckJobConfiguration.JOB_NAME), line.flag("force"));
		err.println("edu2030 " + name() + ": " + outcome.line());
		return outcome.success() ? OK : FAILED;
	}

}
