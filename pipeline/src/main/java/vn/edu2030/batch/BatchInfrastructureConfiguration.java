package vn.edu2030.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.transaction.PlatformTransactionManager;

import vn.edu2030.common.Edu2030Properties;
import vn.edu2030.common.Warehouse;

/**
 * Spring Batch on a JDBC job repository of its own (an embedded H2 file under the home
 * folder, or PostgreSQL by configuration), so that runs are recorded and a crashed run
 * can be restarted. Batch metadata never goes into DuckDB: the warehouse file is rebuilt,
 * published and copied, the job history must not be.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Edu2030Properties.class)
@EnableBatchProcessing(transactionManagerRef = "batchTransactionManager")
@EnableJdbcJobRepository(dataSourceRef = "batchDataSource", transactionManagerRef = "batchTransactionManager")
public class BatchInfrastructureConfiguration {

	@Bean(destroyMethod = "close")
	public HikariDataSource batchDataSource(Edu2030Properties properties) throws SQLException {
		HikariConfig config = new HikariConfig();
		String url = properties.batch().url();
		if (url == null || url.isBlank()) {
			Path file = properties.home().toAbsolutePath().resolve("jobrepo").resolve("batch");
			// AUTO_SERVER lets 'status' read the repository while a nightly run holds it.
			// WRITE_DELAY=0: a commit is on disk when it returns. With H2's default (500
			// ms)
			// a killed process could lose the execution of a job instance it had already
			// written, and the next run could neither start nor restart that job.
			url = "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
			config.setUsername("sa");
			config.setPassword("");
		}
		else {
			config.setUsername(properties.batch().username());
			config.setPassword(properties.batch().password());
		}
		config.setJdbcUrl(url);
		config.setMaximumPoolSize(4);
		config.setPoolName("batch-repository");
		HikariDataSource dataSource = new HikariDataSource(config);
		createSchemaIfMissing(dataSource);
		return dataSource;
	}

	@Bean
	public PlatformTransactionManager batchTransactionManager(DataSource batchDataSource) {
		return new DataSourceTransactionManager(batchDataSource);
	}

	@Bean(destroyMethod = "close")
	public Warehouse warehouse(Edu2030Properties properties) {
		return new Warehouse(properties);
	}

	/**
	 * Creates Spring Batch's tables with its own script for the database in use, once.
	 */
	static void createSchemaIfMissing(DataSource dataSource) throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			String product = c.getMetaData().getDatabaseProductName().toLowerCase();
			try (var tables = c.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
				while (tables.next()) {
					if (tables.getString("TABLE_NAME").equalsIgnoreCase("batch_job_instance")) {
						return;
					}
				}
			}
			String script = product.contains("postgres") ? "schema-postgresql.sql" : "schema-h2.sql";
			ScriptUtils.executeSqlScript(c, new ClassPathResource("org/springframework/batch/core/" + script));
		}
	}

}
