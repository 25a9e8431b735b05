package vn.edu2030.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;

import vn.edu2030.report.ReportData.Unit;

/**
 * Writes the scorecard: a static HTML site in both languages, Vietnamese at the root of
 * the folder and English in {@code en/}. {@code index.html} is the province page (its own
 * series and the table of its communes), {@code commune-<code>.html} a commune and
 * {@code <unit key>.html} any other unit with its own targets (the former Đức Phổ town,
 * {@code former-district-534.html}). Each file is written next to its final name and
 * renamed into place, so a reader never sees half a page.
 */
public final class ScorecardReport {

	/** What was written. */
	public record Result(Path folder, int pagesPerLanguage, int charts, boolean sample) {

		/** The page a reader opens first in this language. */
		public Path entry(Lang lang) {
			return this.folder.resolve(lang.folder()).resolve("index.html");
		}

	}

	private ScorecardReport() {
	}

	/**
	 * Reads the warehouse through the connection (read-only use) and writes the site into
	 * the folder.
	 * @param incomingDir the bundled deliveries folder, to recognise the synthetic sample
	 */
	public static Result write(Connection connection, Path folder, Path incomingDir) throws SQLException, IOException {
		ReportData data = ReportData.read(connection, incomingDir);
		Pages pages = new Pages(data);
		int perLanguage = 0;
		for (Lang lang : Lang.values()) {
			Path dir = Files.createDirectories(folder.resolve(lang.folder()));
			writeFile(dir.resolve("index.html"), pages.provincePage(lang));
			int count = 1;
			for (Unit unit : pages.communes()) {
				writeFile(dir.resolve(unit.page()), pages.unitPage(unit, lang));
				count++;
			}
			for (Unit unit : pages.otherUnits()) {
				writeFile(dir.resolve(unit.page()), pages.unitPage(unit, lang));
				count++;
			}
			perLanguage = count;
		}
		return new Result(folder, perLanguage, pages.charts(), data.isSample());
	}

	private static void writeFile(Path file, String content) throws IOException {
		Path temp = file.resolveSibling("." + file.getFileName() + ".writing");
		Files.writeString(temp, content, StandardCharsets.UTF_8);
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
