package vn.edu2030.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Warehouse;
import vn.edu2030.report.Lang;
import vn.edu2030.report.ScorecardReport;

/**
 * {@code edu2030 report}: the HTML scorecard from the published warehouse. See
 * {@link CommandHelp}.
 */
@Component
public class ReportCommand implements Command {

	private final Edu2030Properties properties;

	public ReportCommand(Edu2030Properties properties) {
		this.properties = properties;
	}

	@Override
	public String name() {
		return "report";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("out", "lang");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		if (!line.positionals().isEmpty()) {
			throw new CommandLine.UsageException("unexpected argument " + line.positionals().get(0));
		}
		Lang lang;
		try {
			lang = (line.option("lang") == null) ? Lang.VI : Lang.of(line.option("lang"));
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.UsageException("--lang is vi or en");
		}
		Path folder = (line.option("out") == null) ? this.properties.home().resolve("report")
				: Path.of(line.option("out"));
		ScorecardReport.Result result;
		try (Connection c = Warehouse.openReadOnly(this.properties.publishedFile())) {
			result = ScorecardReport.write(c, folder, this.properties.incomingDir());
		}
		out.println(result.entry(lang).toAbsolutePath().normalize());
		err.println("edu2030 report: OK — " + result.pagesPerLanguage() + " pages in Vietnamese and in English, "
				+ result.charts() + " charts, in " + folder.toAbsolutePath().normalize()
				+ (result.sample() ? " (synthetic sample data: the pages say so)" : ""));
		return OK;
	}

}
