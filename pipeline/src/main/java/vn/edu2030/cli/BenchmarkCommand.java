package vn.edu2030.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.edu2030.benchmark.Benchmark;

/** {@code edu2030 benchmark}: see {@link CommandHelp}. */
@Component
public class BenchmarkCommand implements Command {

	@Override
	public String name() {
		return "benchmark";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("data", "work", "heap");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		if (line.option("data") == null) {
			throw new CommandLine.UsageException("--data DIR is required (made by 'generate --scale national')");
		}
		Path data = Path.of(line.option("data"));
		Path work = Path.of(line.option("work") == null ? data.resolve("bench").toString() : line.option("work"));
		boolean met = new Benchmark(data, work, line.option("heap") == null ? "512m" : line.option("heap"), out).run();
		err.println("edu2030 benchmark: " + (met ? "every bar met" : "a bar was missed (see above)"));
		return met ? OK : FAILED;
	}

}
