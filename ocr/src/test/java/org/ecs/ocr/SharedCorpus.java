package org.ecs.ocr;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party corpus beside the repository ({@code ../shared/corpus}, system property
 * {@code ecs.shared.corpus}). A clone alone does not have it: the tests bound to it are
 * then skipped with the reason, unless {@code ecs.corpus.required} is true (as in
 * {@code .ci/run}), where its absence fails them. The only place a test may be skipped.
 */
public final class SharedCorpus {

	private SharedCorpus() {
	}

	/**
	 * For a test's {@code @BeforeEach} (so that each test is reported skipped, with the
	 * reason).
	 * @param part a folder of the corpus, such as {@code fax}
	 * @return the folder, which exists
	 */
	public static Path require(String part) {
		Path folder = folder(part);
		if (folder == null || !Files.isDirectory(folder)) {
			String reason = "corpus-bound test: the shared corpus folder "
					+ ((folder != null) ? folder : "(system property ecs.shared.corpus not set)") + " is not there";
			if (Boolean.getBoolean("ecs.corpus.required")) {
				Assertions.fail(reason + ", and ecs.corpus.required is set");
			}
			Assumptions.abort(reason + "; skipped (set ecs.corpus.required=true to fail instead)");
		}
		return folder;
	}

	/**
	 * For work done once per class before {@link #require} is asked.
	 * @param part a folder of the corpus
	 * @return whether the folder is there
	 */
	public static boolean isPresent(String part) {
		Path folder = folder(part);
		return folder != null && Files.isDirectory(folder);
	}

	private static Path folder(String part) {
		String root = System.getProperty("ecs.shared.corpus");
		return (root == null || root.isBlank()) ? null : Path.of(root, part).toAbsolutePath().normalize();
	}

}
