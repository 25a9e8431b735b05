package vn.edu2030;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import vn.edu2030.common.Warehouse;

/** A query's rows as "a|b|c" strings, for assertions on warehouse contents. */
public final class WarehouseRows {

	private WarehouseRows() {
	}

	public static List<String> rows(Warehouse warehouse, String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Connection c = warehouse.connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> cells = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					cells.add(String.valueOf(rs.getObject(i)));
				}
				out.add(String.join("|", cells));
			}
		}
		return out;
	}

}
