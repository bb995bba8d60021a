package org.ecs.config.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of the Debian packages ECS's features need ({@code os-packages.txt}, which
 * {@code .ci/os-packages} installs from too): package, feature, and whether only tests
 * need it.
 */
final class OsPackages {

	static final String RESOURCE = "/os-packages.txt";

	/**
	 * @param name the Debian package
	 * @param feature what needs it, e.g. {@code ocr}
	 * @param testOnly whether only the tests need it
	 */
	record OsPackage(String name, String feature, boolean testOnly) {
	}

	private final List<OsPackage> packages;

	OsPackages(List<OsPackage> packages) {
		this.packages = List.copyOf(packages);
	}

	static OsPackages load() {
		try (InputStream in = OsPackages.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the application");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static OsPackages parse(String text) {
		List<OsPackage> packages = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
			String line;
			while ((line = lines.readLine()) != null) {
				String bare = line.strip();
				if (bare.isEmpty() || bare.startsWith("#")) {
					continue;
				}
				String[] fields = bare.split("\\s+");
				if (fields.length < 3 || !(fields[2].equals("run") || fields[2].equals("test"))) {
					throw new IllegalArgumentException(
							"Each line of " + RESOURCE + " is: package feature run|test; not: " + line);
				}
				packages.add(new OsPackage(fields[0], fields[1], fields[2].equals("test")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new OsPackages(packages);
	}

	List<OsPackage> all() {
		return this.packages;
	}

	/** The packages of one feature, in the list's order. */
	List<String> of(String feature) {
		List<String> names = this.packages.stream()
			.filter((p) -> p.feature().equals(feature))
			.map(OsPackage::name)
			.toList();
		if (names.isEmpty()) {
			throw new IllegalArgumentException("No package in " + RESOURCE + " for the feature " + feature);
		}
		return names;
	}

}
