package vn.edu2030.export;

import java.util.List;

/**
 * {@code manifest.json} of a Parquet release: what was written, from what. Written last,
 * so a release folder with a manifest is complete. Field names are snake_case in the
 * file.
 *
 * @param manifestVersion version of this layout (1)
 * @param runId the release's folder name:
 * {@code <UTC yyyyMMdd'T'HHmmss'Z'>-load<load id>}
 * @param createdAt when the export started, ISO-8601 UTC; the data is the warehouse as of
 * that moment (one read transaction)
 * @param loadId the export's row in etl_load
 * @param warehouseId identity of the warehouse file (etl_warehouse)
 * @param schemaVersion Flyway's current version of the warehouse schema
 * @param sourceFiles the statistics deliveries the warehouse holds (etl_file)
 * @param tables every table and view written, by name
 */
public record Manifest(int manifestVersion, String runId, String createdAt, long loadId, String warehouseId,
		String schemaVersion, List<SourceFile> sourceFiles, List<Table> tables) {

	/** A delivery recorded in etl_file. */
	public record SourceFile(String fileName, String feed, String sha256, String status) {

	}

	/**
	 * One table or view.
	 *
	 * @param name the table's name, also its folder in the release
	 * @param kind {@code table} or {@code view}
	 * @param rowCount rows written (the sum of the files' rows)
	 * @param partitionBy the Hive partition columns ({@code school_year}) or none; a
	 * partition column is in the folder names ({@code school_year=2024/}), not in the
	 * files
	 * @param columns every column in the warehouse's order, with its DuckDB type
	 * @param files the Parquet files, relative to the release folder
	 */
	public record Table(String name, String kind, long rowCount, List<String> partitionBy, List<Column> columns,
			List<DataFile> files) {

	}

	/** A column and its DuckDB type ({@code VARCHAR}, {@code DECIMAL(9,6)}, …). */
	public record Column(String name, String type) {

	}

	/** A Parquet file: path relative to the release folder, rows, size in bytes. */
	public record DataFile(String path, long rows, long bytes) {

	}

	long totalRows() {
		return tables.stream().mapToLong(Table::rowCount).sum();
	}

	long totalBytes() {
		return tables.stream().flatMap(t -> t.files().stream()).mapToLong(DataFile::bytes).sum();
	}

	int fileCount() {
		return tables.stream().mapToInt(t -> t.files().size()).sum();
	}

}
