package vn.edu2030.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.edu2030.TestHomes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scorecard in a real browser: headless Chromium renders the province page and a
 * commune page; the charts must be in the rendered DOM and the screenshot must show
 * something (size, many colours, the status colours). Skipped, never failed, where
 * {@code /usr/bin/chromium} is not installed ({@code apt-get install -y chromium}).
 * <p>
 * With {@code -Dedu2030.scorecard.png=FILE} the commune screenshot of a site built
 * without the tests' hostile names is also written to FILE (how
 * {@code docs/scorecard.png} is made).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScorecardBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final String COMMUNE = "commune-21439.html";

	ScorecardTestSite.Site site;

	@BeforeAll
	void buildTheSiteIfChromiumIsThere() {
		if (Files.isExecutable(CHROMIUM)) {
			this.site = ScorecardTestSite.hostile();
			assertThat(this.site.report().exit()).as(this.site.report().err()).isZero();
		}
	}

	@BeforeEach
	void needsChromium() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
				+ ": browser test skipped (install it with 'apt-get install -y chromium')");
	}

	@Test
	void provincePageRendersItsChartsIntoTheDom() throws Exception {
		String dom = dumpDom(this.site.out().resolve("index.html"));
		assertThat(dom).contains("Tỉnh Quảng Ngãi", "Năm học");
		assertThat(count(dom, "<svg[^>]*class=\"chart\"")).isEqualTo(16);
		assertThat(count(dom, "<polygon")).isGreaterThan(0);
		assertThat(count(dom, "<path")).isGreaterThan(0);
		assertThat(count(dom, "<tr class=\"commune\"")).isEqualTo(96);
	}

	@Test
	void communePageRendersItsChartsInBothLanguages() throws Exception {
		String vi = dumpDom(this.site.out().resolve(COMMUNE));
		assertThat(count(vi, "<svg[^>]*class=\"chart\"")).isEqualTo(16);
		assertThat(count(vi, "<polygon[^>]*class=\"band band-95\"")).isGreaterThan(0);
		assertThat(count(vi, "<path[^>]*class=\"projection\"")).isGreaterThan(0);
		assertThat(count(vi, "class=\"point point-rebased\"")).isGreaterThan(0);
		assertThat(vi).contains("Phường Đức Phổ", "Khoảng dự báo 80 %");
		String en = dumpDom(this.site.out().resolve("en").resolve(COMMUNE));
		assertThat(count(en, "<svg[^>]*class=\"chart\"")).isEqualTo(16);
		assertThat(en).contains("School year", "80 % prediction interval");
	}

	@Test
	void communePageScreenshotShowsTheChartsAndStatusColours() throws Exception {
		Path png = screenshot(this.site.out().resolve(COMMUNE), "commune");
		assertThat(Files.size(png)).isGreaterThan(50_000);
		BufferedImage image = ImageIO.read(png.toFile());
		assertThat(image.getWidth()).isEqualTo(1280);
		assertThat(image.getHeight()).isEqualTo(2000);
		Set<Integer> colours = new HashSet<>();
		long notBackground = 0;
		int background = image.getRGB(image.getWidth() - 1, image.getHeight() / 2);
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int rgb = image.getRGB(x, y) & 0xffffff;
				colours.add(rgb);
				if (rgb != (background & 0xffffff)) {
					notBackground++;
				}
			}
		}
		assertThat(colours.size()).as("distinct colours").isGreaterThan(200);
		assertThat(notBackground).as("pixels that are not the page background").isGreaterThan(100_000);
		// The status badges are painted in their colours.
		int found = 0;
		for (Status s : Status.values()) {
			if (colours.contains(Integer.parseInt(s.colour().substring(1), 16))) {
				found++;
			}
		}
		assertThat(found).as("status colours on screen").isGreaterThanOrEqualTo(3);

		String target = System.getProperty("edu2030.scorecard.png");
		if (target != null && !target.isBlank()) {
			ScorecardTestSite.Site clean = ScorecardTestSite.build("scorecard-docs", false);
			Path shot = screenshot(clean.out().resolve(COMMUNE), "docs");
			Files.copy(shot, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static int count(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	private static Path screenshot(Path page, String name) throws Exception {
		Path png = TestHomes.create("chromium-" + name).resolve(name + ".png");
		chromium(List.of("--screenshot=" + png, "--window-size=1280,2000", page.toUri().toString()));
		assertThat(png).as("screenshot written").isRegularFile();
		return png;
	}

	private static String dumpDom(Path page) throws Exception {
		return chromium(List.of("--dump-dom", page.toUri().toString()));
	}

	/** Runs headless Chromium, offline and without a profile; returns its stdout. */
	private static String chromium(List<String> args) throws IOException, InterruptedException {
		Path work = TestHomes.create("chromium");
		List<String> command = new ArrayList<>(
				List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
						"--no-first-run", "--disable-background-networking", "--disable-component-update",
						"--disable-sync", "--hide-scrollbars", "--user-data-dir=" + work.resolve("profile")));
		command.addAll(args);
		Path out = work.resolve("stdout.txt");
		Path err = work.resolve("stderr.txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
			.redirectError(err.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("chromium did not finish in 120 s: " + command);
		}
		assertThat(process.exitValue()).as("chromium exit; stderr: " + Files.readString(err, StandardCharsets.UTF_8))
			.isZero();
		return Files.readString(out, StandardCharsets.UTF_8);
	}

}
