package vn.edu2030.generate.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a delimited text file line by line (RFC 4180 quoting where a field needs it) and
 * counts lines, so that a fault can be recorded with the line it was written on.
 */
public final class DelimitedWriter implements Closeable {

	private final BufferedWriter out;

	private final char delimiter;

	private final String lineEnd;

	private long line;

	/**
	 * @param bom start with a UTF-8 byte order mark (feed 1 is exported from Excel)
	 * @param lineEnd "\r\n" or "\n"
	 */
	public DelimitedWriter(Path file, char delimiter, boolean bom, String lineEnd) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
				1 << 16);
		this.delimiter = delimiter;
		this.lineEnd = lineEnd;
		if (bom) {
			out.write('\uFEFF');
		}
	}

	/** Writes one record and returns its 1-based line number. */
	public long write(String... fields) throws IOException {
		StringBuilder sb = new StringBuilder(96);
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				sb.append(delimiter);
			}
			String f = fields[i] == null ? "" : fields[i];
			if (f.indexOf(delimiter) >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
				sb.append('"').append(f.replace("\"", "\"\"")).append('"');
			}
			else {
				sb.append(f);
			}
		}
		sb.append(lineEnd);
		out.write(sb.toString());
		return ++line;
	}

	/** Records written so far, the header included. */
	public long lines() {
		return line;
	}

	@Override
	public void close() throws IOException {
		out.close();
	}

}
