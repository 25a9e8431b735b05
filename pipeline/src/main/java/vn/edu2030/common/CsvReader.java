package vn.edu2030.common;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
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

	private final InputStream in;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	/** The second half of a surrogate pair, or -1. */
	private int pendingLow = -1;

	private final char delimiter;

	private final String source;

	private long line = 1;

	private boolean first = true;

	private int pushedBack = -2;

	public CsvReader(InputStream input, char delimiter, String source) {
		this.in = input;
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
		int c = decode();
		if (first) {
			first = false;
			if (c == '\uFEFF') {
				return read();
			}
		}
		return c;
	}

	/**
	 * The next UTF-16 unit of the input, decoded here (strict UTF-8: no overlong forms,
	 * no surrogates, nothing above U+10FFFF) so that a bad byte is reported on its own
	 * line, not where a read-ahead decoder happened to be.
	 */
	private int decode() throws IOException {
		if (pendingLow >= 0) {
			int low = pendingLow;
			pendingLow = -1;
			return low;
		}
		int b0 = nextByte();
		if (b0 < 0x80) {
			return b0;
		}
		int length;
		int low = 0x80;
		int high = 0xBF;
		int code;
		if (b0 >= 0xC2 && b0 <= 0xDF) {
			length = 2;
			code = b0 & 0x1F;
		}
		else if (b0 >= 0xE0 && b0 <= 0xEF) {
			length = 3;
			code = b0 & 0x0F;
			low = b0 == 0xE0 ? 0xA0 : 0x80;
			high = b0 == 0xED ? 0x9F : 0xBF;
		}
		else if (b0 >= 0xF0 && b0 <= 0xF4) {
			length = 4;
			code = b0 & 0x07;
			low = b0 == 0xF0 ? 0x90 : 0x80;
			high = b0 == 0xF4 ? 0x8F : 0xBF;
		}
		else {
			throw notUtf8(b0);
		}
		for (int i = 1; i < length; i++) {
			int b = nextByte();
			if (b < low || b > high) {
				throw notUtf8(b0);
			}
			code = code << 6 | b & 0x3F;
			low = 0x80;
			high = 0xBF;
		}
		if (code >= 0x10000) {
			pendingLow = Character.lowSurrogate(code);
			return Character.highSurrogate(code);
		}
		return code;
	}

	private int nextByte() throws IOException {
		if (position == limit) {
			limit = in.read(buffer, 0, buffer.length);
			position = 0;
			if (limit <= 0) {
				limit = 0;
				return -1;
			}
		}
		return buffer[position++] & 0xFF;
	}

	private CsvFormatException notUtf8(int lead) {
		return new CsvFormatException(source, line,
				String.format("not valid UTF-8 at a byte sequence starting 0x%02X (wrong encoding?)", lead), "");
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
