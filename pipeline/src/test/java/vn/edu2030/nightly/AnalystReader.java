package vn.edu2030.nightly;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import vn.edu2030.common.Warehouse;

/**
 * An analyst in another process: opens the published copy read-only once and keeps
 * querying it for a while, printing what it sees. Used by {@link PublishedCopyTests}.
 */
public final class AnalystReader {

	private AnalystReader() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int queries = 0;
		try (Connection c = Warehouse.openReadOnly(file); Statement s = c.createStatement()) {
			System.out.println("open");
			System.out.flush();
			long until = System.currentTimeMillis() + Long.parseLong(args[1]);
			do {
				try (ResultSet rs = s.executeQuery("select (select count(*) from dim_unit), "
						+ "(select count(*) from fct_target), (select max(load_id) from etl_load)")) {
					rs.next();
					System.out.println("seen " + rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getLong(3));
				}
				queries++;
				Thread.sleep(50);
			}
			while (System.currentTimeMillis() < until);
		}
		System.out.println("done " + queries);
	}

}
