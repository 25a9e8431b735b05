package vn.edu2030.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code manifest.json} (UTF-8, snake_case, indented). */
public final class ManifestJson {

	public static final String FILE_NAME = "manifest.json";

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private ManifestJson() {
	}

	static void write(Manifest manifest, Path file) throws IOException {
		Files.write(file, MAPPER.writeValueAsBytes(manifest));
	}

	public static Manifest read(Path file) throws IOException {
		return MAPPER.readValue(Files.readAllBytes(file), Manifest.class);
	}

}
