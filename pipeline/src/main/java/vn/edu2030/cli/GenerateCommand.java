package vn.edu2030.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.generate.GenerateOptions;
import vn.edu2030.generate.GenerateOptions.Scale;
import vn.edu2030.generate.SampleGenerator;
import vn.edu2030.reference.ReferenceFiles;

/**
 * {@code edu2030 generate}: writes the synthetic sample deliveries. See
 * {@link CommandHelp}.
 */
@Component
public class GenerateCommand implements Command {

	private final Edu2030Properties properties;

	public GenerateCommand(Edu2030Properties properties) {
		this.properties = properties;
	}

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("out", "scale", "seed", "communes");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		if (!line.positionals().isEmpty()) {
			throw new CommandLine.UsageException("unexpected argument " + line.positionals().get(0));
		}
		Scale scale = switch (line.option("scale") == null ? "province"
				: line.option("scale").toLowerCase(Locale.ROOT)) {
			case "province" -> Scale.PROVINCE;
			case "national" -> Scale.NATIONAL;
			default -> throw new CommandLine.UsageException("--scale is province or national");
		};
		if (scale == Scale.NATIONAL && line.option("out") == null) {
			// A country-sized set is hundreds of megabytes: never by default into the
			// repository.
			throw new CommandLine.UsageException("--scale national needs --out DIR (outside the repository)");
		}
		if (scale == Scale.PROVINCE && line.option("communes") != null) {
			throw new CommandLine.UsageException("--communes is for --scale national");
		}
		Path dir = Path.of(line.option("out") == null ? "data/incoming" : line.option("out"));
		long seed = number(line, "seed", GenerateOptions.DEFAULT_SEED);
		long communes = number(line, "communes", GenerateOptions.DEFAULT_FORMER_COMMUNES);
		if (communes < 400 || communes > 30_000) {
			throw new CommandLine.UsageException("--communes must be between 400 and 30000");
		}
		SampleGenerator.generate(new GenerateOptions(dir, scale, seed, (int) communes),
				new ReferenceFiles(properties.referenceDir()), out);
		err.println("edu2030 generate: OK — " + scale.name().toLowerCase(Locale.ROOT) + " sample in " + dir);
		return OK;
	}

	private static long number(CommandLine line, String option, long otherwise) {
		String text = line.option(option);
		if (text == null) {
			return otherwise;
		}
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new CommandLine.UsageException("--" + option + " needs a whole number, not '" + text + "'");
		}
	}

}
