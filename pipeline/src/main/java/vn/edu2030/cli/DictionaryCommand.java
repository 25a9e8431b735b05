package vn.edu2030.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Warehouse;
import vn.edu2030.dictionary.DataDictionary;
import vn.edu2030.dictionary.MigrationComments;

/**
 * {@code edu2030 dictionary}: the data dictionary of the published warehouse. See
 * {@link CommandHelp}.
 */
@Component
public class DictionaryCommand implements Command {

	private final Edu2030Properties properties;

	public DictionaryCommand(Edu2030Properties properties) {
		this.properties = properties;
	}

	@Override
	public String name() {
		return "dictionary";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("out");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		if (!line.positionals().isEmpty()) {
			throw new CommandLine.UsageException("dictionary takes no arguments: " + line.positionals());
		}
		String dictionary;
		try (Connection c = Warehouse.openReadOnly(properties.publishedFile())) {
			dictionary = DataDictionary.generate(c, MigrationComments.fromClasspath());
		}
		if (line.option("out") == null) {
			out.print(dictionary);
			return OK;
		}
		Path file = Path.of(line.option("out"));
		if (file.toAbsolutePath().getParent() != null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		Files.writeString(file, dictionary, StandardCharsets.UTF_8);
		err.println("edu2030 " + name() + ": wrote " + file);
		return OK;
	}

}
