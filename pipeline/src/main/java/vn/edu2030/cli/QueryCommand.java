package vn.edu2030.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Warehouse;

/**
 * {@code edu2030 query}: read-only SQL on the published warehouse. See
 * {@link CommandHelp}.
 */
@Component
public class QueryCommand implements Command {

	private final Edu2030Properties properties;

	public QueryCommand(Edu2030Properties properties) {
		this.properties = properties;
	}

	@Override
	public String name() {
		return "query";
	}

	@Override
	public Set<String> valuedOptions() {
		return Set.of("file", "format", "max-rows");
	}

	@Override
	public Set<String> flagOptions() {
		return Set.of("live");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		String sql;
		if (line.option("file") != null) {
			if (!line.positionals().isEmpty()) {
				throw new CommandLine.UsageException("give either --file or the SQL, not both");
			}
			try {
				sql = Files.readString(Path.of(line.option("file")), StandardCharsets.UTF_8);
			}
			catch (NoSuchFileException ex) {
				throw new CommandLine.UsageException("no such file: " + line.option("file"));
			}
		}
		else if (line.positionals().size() == 1) {
			sql = line.positionals().get(0);
		}
		else {
			throw new CommandLine.UsageException("give one SQL statement in quotes, or --file FILE");
		}
		String format = line.option("format") == null ? "table" : line.option("format");
		if (!format.equals("table") && !format.equals("csv")) {
			throw new CommandLine.UsageException("--format is table or csv");
		}
		long maxRows;
		try {
			maxRows = line.option("max-rows") == null ? 200 : Long.parseLong(line.option("max-rows"));
		}
		catch (NumberFormatException ex) {
			throw new CommandLine.UsageException("--max-rows takes a number");
		}
		Path file = line.flag("live") ? properties.warehouseFile() : properties.publishedFile();
		try (Connection c = Warehouse.openReadOnly(file); Statement s = c.createStatement()) {
			boolean hasResult = s.execute(sql);
			if (hasResult) {
				try (ResultSet rs = s.getResultSet()) {
					ResultPrinter.print(rs, format, maxRows, out);
				}
			}
			else {
				out.println("(" + s.getUpdateCount() + " rows affected)");
			}
		}
		return OK;
	}

}
