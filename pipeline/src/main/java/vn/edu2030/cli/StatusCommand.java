package vn.edu2030.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Warehouse;

/** {@code edu2030 status}: last runs and row counts. See {@link CommandHelp}. */
@Component
public class StatusCommand implements Command {

	static final List<String> TABLES = List.of("dim_unit", "bridge_unit_crosswalk", "dim_school_year", "dim_indicator",
			"dim_disaggregation", "dim_source_document", "fct_target", "dim_plan_task", "v_target_issue",
			"fct_indicator_value", "fct_indicator_value_commune", "fct_projection", "etl_file", "etl_rejected_row",
			"etl_dq_flag", "etl_load");

	private final DataSource batchDataSource;

	private final Edu2030Properties properties;

	public StatusCommand(@Qualifier("batchDataSource") DataSource batchDataSource, Edu2030Properties properties) {
		this.batchDataSource = batchDataSource;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "status";
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
		out.println("Last runs (job repository):");
		try (Connection c = batchDataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select i.JOB_NAME as job, e.JOB_EXECUTION_ID as execution, e.STATUS as status,
						       e.START_TIME as started, e.END_TIME as ended, e.EXIT_CODE as exit_code
						from BATCH_JOB_EXECUTION e join BATCH_JOB_INSTANCE i on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
						order by e.JOB_EXECUTION_ID desc
						fetch first 10 rows only""")) {
			ResultPrinter.print(rs, "table", 0, out);
		}
		out.println();
		out.println("Published warehouse " + properties.publishedFile() + ":");
		try (Connection c = Warehouse.openReadOnly(properties.publishedFile()); Statement s = c.createStatement()) {
			StringBuilder sql = new StringBuilder();
			for (String table : TABLES) {
				sql.append(sql.isEmpty() ? "" : " union all ")
					.append("select '")
					.append(table)
					.append("' as table_name, count(*) as row_count from ")
					.append(table);
			}
			try (ResultSet rs = s.executeQuery(sql.toString())) {
				ResultPrinter.print(rs, "table", 0, out);
			}
		}
		catch (SQLException ex) {
			out.println("  " + ex.getMessage());
		}
		return OK;
	}

}
