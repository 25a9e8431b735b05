package vn.edu2030.cli;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.export.ExportJobConfiguration;
import vn.edu2030.export.Releases;
import vn.edu2030.nightly.NightlyRunner;

/** {@code edu2030 export}: a Parquet release now. See {@link CommandHelp}. */
@Component
public class ExportCommand implements Command {

	private final NightlyRunner runner;

	private final Edu2030Properties properties;

	public ExportCommand(NightlyRunner runner, Edu2030Properties properties) {
		this.runner = runner;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		if (!line.positionals().isEmpty()) {
			throw new CommandLine.UsageException("export takes no arguments: " + line.positionals());
		}
		NightlyRunner.Outcome outcome = runner.runNow(ExportJobConfiguration.JOB_NAME);
		err.println("edu2030 " + name() + ": " + outcome.jobsLine());
		if (!outcome.success()) {
			return FAILED;
		}
		Releases releases = new Releases(properties.releasesDir());
		releases.latest().ifPresent(id -> out.println(releases.folder().resolve(id)));
		return OK;
	}

}
