package vn.edu2030.common;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 reader: any one-character delimiter, quoted fields with embedded
 * delimiters, quotes and line breaks, a leading UTF-8 BOM skipped. Input that is not
 * valid UTF-8 fails with the line it was found on, so a wrongly encoded delivery is
 * refused instead of loaded as mojibake. Each record keeps the line number it starts on
 * and its raw text, for reject messages.
 */
public final class CsvReader implements Closeable {

	/**
	 * One record: its fields, the 1-based line it starts on and the raw text it was read
	 * from.
	 */
	public record Row(String[] fields, long line, String raw) {

		public String get(int index) {
			return index < fields.length ? fields[index] : null;
		}

		public int size() {
			return fields.length;
		}

	}

	private final Reader in;

	private final char delimiter;

	private final String source;

	private long line = 1;

	private boolean first = true;

	private int pushedBack = -2;

	public CsvReader(InputStream input, char delimiter, String source) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.in = new BufferedReader(new InputStreamReader(input, decoder), 1 << 16);
		this.delimiter = delimiter;
		this.source = source;
	}

	/** Next record, or null at the end of the input. Blank lines are skipped. */
	public Row next() throws IOException {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		StringBuilder raw = new StringBuilder();
		long startLine = line;
		boolean quoted = false;
		boolean fieldWasQuoted = false;
		boolean any = false;
		while (true) {
			int c = read();
			if (c == -1) {
				if (quoted) {
					throw new CsvFormatException(source, startLine, "unterminated quoted field (file truncated?)",
							raw.toString());
				}
				if (!any) {
					return null;
				}
				fields.add(field.toString());
				return new Row(fields.toArray(String[]::new), startLine, raw.toString());
			}
			char ch = (char) c;
			if (quoted) {
				if (ch == '"') {
					int peek = read();
					if (peek == '"') {
						field.append('"');
						raw.append("\"\"");
						continue;
					}
					quoted = false;
					raw.append('"');
					unread(peek);
					continue;
				}
				if (ch == '\n') {
					line++;
				}
				field.append(ch);
				raw.append(ch);
				continue;
			}
			if (ch == '\r') {
				continue;
			}
			if (ch == '\n') {
				line++;
				if (!any) {
					startLine = line;
					continue;
				}
				fields.add(field.toString());
				return new Row(fields.toArray(String[]::new), startLine, raw.toString());
			}
			any = true;
			raw.append(ch);
			if (ch == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
				fieldWasQuoted = false;
			}
			else if (ch == '"' && field.isEmpty() && !fieldWasQuoted) {
				quoted = true;
				fieldWasQuoted = true;
			}
			else {
				field.append(ch);
			}
		}
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		int c;
		try {
			c = in.read();
		}
		catch (CharacterCodingException ex) {
			throw new CsvFormatException(source, line, "not valid UTF-8 (wrong encoding?)", "");
		}
		if (first) {
			first = false;
			if (c == '\uFEFF') {
				return read();
			}
		}
		return c;
	}

	private void unread(int c) {
		pushedBack = c;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** A structural problem in a CSV file, with the file and line it was found at. */
	public static final class CsvFormatException extends IOException {

		private final String source;

		private final long line;

		private final String raw;

		public CsvFormatException(String source, long line, String reason, String raw) {
			super(source + " line " + line + ": " + reason);
			this.source = source;
			this.line = line;
			this.raw = raw;
		}

		public String source() {
			return source;
		}

		public long line() {
			return line;
		}

		public String raw() {
			return raw;
		}

	}

}
