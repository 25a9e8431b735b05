package vn.edu2030.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Reads a Parquet file with parquet-java, the reader Spark and Trino use, without a
 * Hadoop file system: {@link LocalInputFile} and {@link PlainParquetConfiguration}.
 */
final class ParquetReadBack implements AutoCloseable {

	private final ParquetFileReader reader;

	private ParquetReadBack(ParquetFileReader reader) {
		this.reader = reader;
	}

	/** Opens the file (and keeps it open until closed), reading only its footer. */
	static ParquetReadBack open(Path file) throws IOException {
		ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
		return new ParquetReadBack(ParquetFileReader.open(new LocalInputFile(file), options));
	}

	MessageType schema() {
		return reader.getFooter().getFileMetaData().getSchema();
	}

	/** Rows according to the footer. */
	long footerRows() {
		return reader.getRecordCount();
	}

	/** The compression codecs of all column chunks. */
	List<CompressionCodecName> codecs() {
		List<CompressionCodecName> codecs = new ArrayList<>();
		for (BlockMetaData block : reader.getFooter().getBlocks()) {
			for (ColumnChunkMetaData column : block.getColumns()) {
				codecs.add(column.getCodec());
			}
		}
		return codecs;
	}

	/**
	 * Decodes every row: one list of values per row, in the file's column order, as Java
	 * values (String, Long, Double, Boolean, LocalDate, LocalDateTime, BigDecimal, null).
	 */
	List<List<Object>> rows() throws IOException {
		MessageType schema = schema();
		MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
		List<List<Object>> rows = new ArrayList<>();
		PageReadStore pages;
		while ((pages = reader.readNextRowGroup()) != null) {
			RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(schema));
			for (long i = 0; i < pages.getRowCount(); i++) {
				Group group = records.read();
				List<Object> row = new ArrayList<>();
				for (int field = 0; field < schema.getFieldCount(); field++) {
					row.add(value(group, field, schema.getType(field).asPrimitiveType()));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private static Object value(Group group, int field, PrimitiveType type) {
		if (group.getFieldRepetitionCount(field) == 0) {
			return null;
		}
		LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
		if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
			long unscaled = type.getPrimitiveTypeName() == PrimitiveTypeName.INT32 ? group.getInteger(field, 0)
					: group.getLong(field, 0);
			return BigDecimal.valueOf(unscaled, decimal.getScale());
		}
		return switch (type.getPrimitiveTypeName()) {
			case BINARY -> group.getString(field, 0);
			case INT32 -> (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation)
					? LocalDate.ofEpochDay(group.getInteger(field, 0)) : (Object) (long) group.getInteger(field, 0);
			case INT64 -> (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation)
					? LocalDateTime.ofEpochSecond(Math.floorDiv(group.getLong(field, 0), 1_000_000L),
							(int) Math.floorMod(group.getLong(field, 0), 1_000_000L) * 1000, ZoneOffset.UTC)
					: (Object) group.getLong(field, 0);
			case DOUBLE -> group.getDouble(field, 0);
			case BOOLEAN -> group.getBoolean(field, 0);
			default -> throw new IllegalStateException("unexpected Parquet type " + type);
		};
	}

	/**
	 * The Parquet type DuckDB's type must be written as, for the readers BI tools use:
	 * strings BINARY/STRING, dates INT32/DATE, integers INT32/INT64, doubles DOUBLE,
	 * booleans BOOLEAN, decimals DECIMAL, timestamps INT64/TIMESTAMP(MICROS).
	 */
	static String expected(String duckdbType) {
		if (duckdbType.startsWith("DECIMAL(")) {
			String[] ps = duckdbType.substring(8, duckdbType.length() - 1).split(",");
			int precision = Integer.parseInt(ps[0].strip());
			String physical = precision <= 9 ? "INT32" : precision <= 18 ? "INT64" : "FIXED_LEN_BYTE_ARRAY";
			return physical + " DECIMAL(" + precision + "," + ps[1].strip() + ")";
		}
		return switch (duckdbType) {
			case "VARCHAR" -> "BINARY STRING";
			case "DATE" -> "INT32 DATE";
			case "INTEGER" -> "INT32 INTEGER(32,true)";
			case "BIGINT" -> "INT64 INTEGER(64,true)";
			case "DOUBLE" -> "DOUBLE";
			case "BOOLEAN" -> "BOOLEAN";
			case "TIMESTAMP" -> "INT64 TIMESTAMP(MICROS,false)";
			default -> throw new IllegalStateException(
					"no expected Parquet type for DuckDB type " + duckdbType + ": add it to this test");
		};
	}

	/** A field's Parquet type as {@link #expected} writes it. */
	static String actual(Type field) {
		PrimitiveType type = field.asPrimitiveType();
		LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
		return type.getPrimitiveTypeName() + (logical == null ? "" : " " + logical.toString().replace(" ", ""));
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
