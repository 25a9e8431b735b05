package vn.edu2030.ingest.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.edu2030.common.CsvReader;
import vn.edu2030.ingest.FeedReader.DeliveryRefusedException;

/** What the CSV feeds share: header checks and the truncation test. */
public final class CsvFeedSupport {

	private CsvFeedSupport() {
	}

	/** Column positions by name; a missing column refuses the file. */
	public static Map<String, Integer> columns(CsvReader.Row header, List<String> required, String file)
			throws DeliveryRefusedException {
		if (header == null) {
			throw new DeliveryRefusedException(file + ": empty file");
		}
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			positions.put(header.get(i).strip().toLowerCase(), i);
		}
		for (String column : required) {
			if (!positions.containsKey(column)) {
				throw new DeliveryRefusedException(
						file + " line 1: no column '" + column + "' (header: " + header.raw() + ")");
			}
		}
		return positions;
	}

	/** A delivery ends with a line break; one that stops mid-line was cut off. */
	public static void requireCompleteLastLine(Path file) throws IOException {
		try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
			if (f.length() == 0) {
				throw new DeliveryRefusedException(file.getFileName() + ": empty file");
			}
			f.seek(f.length() - 1);
			if (f.read() != '\n') {
				throw new DeliveryRefusedException(
						file.getFileName() + ": does not end with a line break (truncated delivery?)");
			}
		}
	}

}
