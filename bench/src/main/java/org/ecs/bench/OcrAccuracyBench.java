package org.ecs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ecs.ocr.cleanup.PageCleanup;
import org.ecs.ocr.cleanup.PageCleanup.Binarisation;
import org.ecs.ocr.cleanup.PageCleanup.Steps;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.tesseract.OcrPage;
import org.ecs.ocr.tesseract.OcrProgressListener;
import org.ecs.ocr.tesseract.OcrResult;

/**
 * Scores ECS's OCR pipeline (clean-up + {@link OcrEngine}) against the plain
 * {@code tesseract} command on every corpus/fax page with ground truth, in the same run
 * and on the same machine, as {@code shared/METRICS.md} prescribes.
 * <p>
 * Arguments: none for the comparison; {@code variants} to also score each clean-up step
 * and page segmentation mode on its own, which is how the defaults were chosen. System
 * property {@code bench.perPage=true} adds each page's CER.
 */
public final class OcrAccuracyBench {

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	private OcrAccuracyBench() {
	}

	record GroundTruthPage(String set, String name, Path image, String truth, boolean faxTransmission) {
	}

	record Output(String text, double seconds) {
	}

	record Run(String label, Map<GroundTruthPage, Output> outputs, double wallSeconds) {
	}

	public static void main(String[] args) throws Exception {
		Path corpus = Path.of(System.getProperty("ecs.shared.corpus", "../shared/corpus")).toAbsolutePath().normalize();
		List<GroundTruthPage> pages = pages(corpus.resolve("fax"));
		boolean variants = Arrays.asList(args).contains("variants");
		System.out.printf(Locale.ROOT, "OCR accuracy on %d pages with ground truth from %s, %d cores%n", pages.size(),
				corpus, CORES);
		List<Run> runs = new ArrayList<>();
		runs.add(plainTesseract(pages));
		int auto = OcrEngine.AUTO_LAYOUT;
		runs.add(ecs("ECS (defaults)", pages, Steps.defaults(), OcrEngine.Settings.defaults().pageSegmentationMode()));
		if (variants) {
			runs.add(ecs("ECS no clean-up", pages, Steps.none(), auto));
			runs.add(ecs("ECS upscale 300 only", pages, Steps.none().withUpscale(200, 300), auto));
			runs.add(ecs("ECS deskew only", pages, Steps.none().withDeskew(true), auto));
			runs.add(ecs("ECS upscale 200 + deskew", pages, Steps.defaults().withUpscale(190, 200), auto));
			runs.add(ecs("ECS upscale 400 + deskew", pages, Steps.defaults().withUpscale(350, 400), auto));
			runs.add(ecs("ECS default + Otsu", pages, Steps.defaults().withBinarisation(Binarisation.OTSU), auto));
			runs.add(
					ecs("ECS default + Sauvola", pages, Steps.defaults().withBinarisation(Binarisation.SAUVOLA), auto));
			runs.add(ecs("ECS default + despeckle", pages, Steps.defaults().withDespeckle(true), auto));
			runs.add(ecs("ECS default + borders", pages, Steps.defaults().withRemoveBorders(true), auto));
			for (int psm : new int[] { 3, 4, 6, 11 }) {
				runs.add(ecs("ECS default steps, psm " + psm, pages, Steps.defaults(), psm));
			}
		}
		report(runs, pages);
	}

	static List<GroundTruthPage> pages(Path fax) throws IOException {
		List<GroundTruthPage> pages = new ArrayList<>();
		Path funsd = fax.resolve("funsd");
		Set<String> transmissions = faxTransmissions(funsd.resolve("SOURCES.md"));
		try (Stream<Path> images = Files.list(funsd.resolve("images"))) {
			for (Path image : images.sorted().toList()) {
				String name = image.getFileName().toString().replaceFirst("\\.png$", "");
				String truth = Files.readString(funsd.resolve("gt").resolve(name + ".gt.txt"), StandardCharsets.UTF_8);
				pages.add(new GroundTruthPage("funsd", name, image, truth, transmissions.contains(name)));
			}
		}
		Path tesseractTest = fax.resolve("tesseract_test");
		try (Stream<Path> images = Files.list(tesseractTest)) {
			for (Path image : images.filter((p) -> p.toString().endsWith(".tif")).sorted().toList()) {
				String name = image.getFileName().toString().replaceFirst("\\.tif$", "");
				String truth = Files.readString(tesseractTest.resolve(name + ".txt"), StandardCharsets.UTF_8);
				pages.add(new GroundTruthPage("tesseract_test", name, image, truth, false));
			}
		}
		return pages;
	}

	/**
	 * The pages SOURCES.md lists as genuine fax transmissions (with a fax header line).
	 */
	private static Set<String> faxTransmissions(Path sources) throws IOException {
		Pattern row = Pattern.compile("^\\| `([^`]+)` \\|.*fax transmission \\(fax header line at top\\)");
		return Files.readAllLines(sources)
			.stream()
			.map(row::matcher)
			.filter(Matcher::find)
			.map((m) -> m.group(1))
			.collect(Collectors.toSet());
	}

	private static Run plainTesseract(List<GroundTruthPage> pages) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CORES);
		try {
			long start = System.nanoTime();
			Map<GroundTruthPage, Future<Output>> futures = new LinkedHashMap<>();
			for (GroundTruthPage page : pages) {
				futures.put(page, pool.submit(() -> tesseractCommand(page.image())));
			}
			Map<GroundTruthPage, Output> outputs = new LinkedHashMap<>();
			for (Map.Entry<GroundTruthPage, Future<Output>> entry : futures.entrySet()) {
				outputs.put(entry.getKey(), entry.getValue().get());
			}
			return new Run("plain tesseract --psm 3 --oem 1", outputs, (System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdown();
		}
	}

	private static Output tesseractCommand(Path image) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder("tesseract", image.toString(), "stdout", "--psm", "3", "--oem",
				"1");
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		builder.redirectError(ProcessBuilder.Redirect.DISCARD);
		long start = System.nanoTime();
		Process process = builder.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return new Output(text, (System.nanoTime() - start) / 1e9);
	}

	private static Run ecs(String label, List<GroundTruthPage> pages, Steps steps, int psm) throws Exception {
		PageImageReader reader = new PageImageReader();
		PageCleanup cleanup = new PageCleanup(steps);
		try (OcrEngine engine = new OcrEngine(OcrEngine.Settings.defaults().withPageSegmentationMode(psm))) {
			if (!engine.isAvailable()) {
				throw new IllegalStateException("Tesseract is not available");
			}
			// load the model on every worker first: the run measures pages, not start-up
			PageImage warmUp = reader.read(Files.readAllBytes(pages.get(pages.size() - 1).image()), null).get(0);
			engine.recognise(java.util.Collections.nCopies(CORES, warmUp), List.of("en"), OcrProgressListener.NONE);
			long start = System.nanoTime();
			ExecutorService preparing = Executors.newFixedThreadPool(CORES);
			List<Future<PageImage>> prepared = new ArrayList<>();
			Map<Integer, Double> cleanupSeconds = new HashMap<>();
			for (int i = 0; i < pages.size(); i++) {
				GroundTruthPage page = pages.get(i);
				int index = i;
				prepared.add(preparing.submit(() -> {
					long t = System.nanoTime();
					PageImage image = reader.read(Files.readAllBytes(page.image()), null).get(0);
					PageImage cleaned = cleanup.clean(image);
					synchronized (cleanupSeconds) {
						cleanupSeconds.put(index, (System.nanoTime() - t) / 1e9);
					}
					return new PageImage(index + 1, cleaned.image(), cleaned.xDpi(), cleaned.yDpi());
				}));
			}
			List<PageImage> images = new ArrayList<>();
			for (Future<PageImage> future : prepared) {
				images.add(future.get());
			}
			preparing.shutdown();
			OcrResult result = engine.recognise(images, List.of("en"), OcrProgressListener.NONE);
			double wall = (System.nanoTime() - start) / 1e9;
			Map<GroundTruthPage, Output> outputs = new LinkedHashMap<>();
			for (OcrPage page : result.pages()) {
				int index = page.number() - 1;
				outputs.put(pages.get(index),
						new Output(page.text(), page.elapsed().toNanos() / 1e9 + cleanupSeconds.get(index)));
			}
			System.out.printf(Locale.ROOT, "  ran %s in %.0f s%n", label, wall);
			return new Run(label, outputs, wall);
		}
	}

	private static void report(List<Run> runs, List<GroundTruthPage> pages) {
		Map<String, Predicate<GroundTruthPage>> sets = new LinkedHashMap<>();
		sets.put("all " + pages.size() + " pages", (p) -> true);
		sets.put("funsd (" + count(pages, (p) -> p.set().equals("funsd")) + ")", (p) -> p.set().equals("funsd"));
		sets.put("funsd fax transmissions (" + count(pages, GroundTruthPage::faxTransmission) + ")",
				GroundTruthPage::faxTransmission);
		sets.put("tesseract_test (" + count(pages, (p) -> p.set().equals("tesseract_test")) + ")",
				(p) -> p.set().equals("tesseract_test"));
		for (Map.Entry<String, Predicate<GroundTruthPage>> set : sets.entrySet()) {
			System.out.println();
			System.out.println("## " + set.getKey());
			System.out.printf(Locale.ROOT, "%-34s %7s %7s %7s %8s %9s %9s%n", "pipeline", "CER", "CER-ci", "WER",
					"recall", "med s/pg", "pages/min");
			for (Run run : runs) {
				List<GroundTruthPage> chosen = pages.stream().filter(set.getValue()).toList();
				Scores scores = Scores.of(chosen, run.outputs());
				double[] seconds = chosen.stream()
					.mapToDouble((p) -> run.outputs().get(p).seconds())
					.sorted()
					.toArray();
				double median = seconds[seconds.length / 2];
				if (seconds.length % 2 == 0) {
					median = (seconds[seconds.length / 2 - 1] + seconds[seconds.length / 2]) / 2;
				}
				String perMinute = (chosen.size() == pages.size())
						? String.format(Locale.ROOT, "%9.1f", 60 * pages.size() / run.wallSeconds()) : "";
				System.out.printf(Locale.ROOT, "%-34s %6.1f%% %6.1f%% %6.1f%% %7.1f%% %9.2f %s%n", run.label(),
						100 * scores.cer(), 100 * scores.cerCi(), 100 * scores.wer(), 100 * scores.recall(), median,
						perMinute);
			}
		}
		if (Boolean.getBoolean("bench.perPage")) {
			System.out.println();
			System.out
				.println("## per page CER (" + runs.stream().map(Run::label).collect(Collectors.joining(" | ")) + ")");
			for (GroundTruthPage page : pages) {
				String cers = runs.stream()
					.map((run) -> String.format(Locale.ROOT, "%5.1f%%",
							100 * Scores.of(List.of(page), run.outputs()).cer()))
					.collect(Collectors.joining(" "));
				System.out.printf(Locale.ROOT, "%-22s %s%n", page.name(), cers);
			}
		}
	}

	private static long count(List<GroundTruthPage> pages, Predicate<GroundTruthPage> filter) {
		return pages.stream().filter(filter).count();
	}

	/** Micro-averaged scores over a set of pages. */
	record Scores(double cer, double cerCi, double wer, double recall) {

		static Scores of(List<GroundTruthPage> pages, Map<GroundTruthPage, Output> outputs) {
			long charEdits = 0;
			long chars = 0;
			long ciEdits = 0;
			long ciChars = 0;
			long wordEdits = 0;
			long words = 0;
			long found = 0;
			long truthWords = 0;
			for (GroundTruthPage page : pages) {
				String truth = normalise(page.truth());
				String output = normalise(outputs.get(page).text());
				charEdits += distance(truth.codePoints().toArray(), output.codePoints().toArray());
				chars += truth.codePointCount(0, truth.length());
				String truthCi = caseInsensitive(truth);
				String outputCi = caseInsensitive(output);
				ciEdits += distance(truthCi.codePoints().toArray(), outputCi.codePoints().toArray());
				ciChars += truthCi.codePointCount(0, truthCi.length());
				String[] truthTokens = split(truth);
				wordEdits += distance(truthTokens, split(output));
				words += truthTokens.length;
				Map<String, Integer> bag = new HashMap<>();
				for (String word : split(outputCi)) {
					bag.merge(word, 1, Integer::sum);
				}
				for (String word : split(truthCi)) {
					truthWords++;
					Integer left = bag.get(word);
					if (left != null && left > 0) {
						found++;
						bag.put(word, left - 1);
					}
				}
			}
			return new Scores((double) charEdits / chars, (double) ciEdits / ciChars, (double) wordEdits / words,
					(double) found / truthWords);
		}

		static String normalise(String text) {
			String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\uFEFF", "").replace('\u00A0', ' ');
			return nfc.replaceAll("\\s+", " ").strip();
		}

		static String caseInsensitive(String normalised) {
			String folded = Normalizer.normalize(normalised, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
			StringBuilder out = new StringBuilder(folded.length());
			folded.codePoints().forEach((c) -> {
				int type = Character.getType(c);
				boolean punctuationOrSymbol = switch (type) {
					case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
							Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
							Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
							Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
						true;
					default -> false;
				};
				out.appendCodePoint(punctuationOrSymbol ? ' ' : c);
			});
			return out.toString().replaceAll("\\s+", " ").strip();
		}

		static String[] split(String normalised) {
			return normalised.isEmpty() ? new String[0] : normalised.split(" ");
		}

		static int distance(int[] a, int[] b) {
			int[] previous = new int[b.length + 1];
			int[] current = new int[b.length + 1];
			for (int j = 0; j <= b.length; j++) {
				previous[j] = j;
			}
			for (int i = 1; i <= a.length; i++) {
				current[0] = i;
				for (int j = 1; j <= b.length; j++) {
					int substitution = previous[j - 1] + ((a[i - 1] == b[j - 1]) ? 0 : 1);
					current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
				}
				int[] swap = previous;
				previous = current;
				current = swap;
			}
			return previous[b.length];
		}

		static int distance(String[] a, String[] b) {
			Map<String, Integer> ids = new HashMap<>();
			int[] x = Arrays.stream(a).mapToInt((w) -> ids.computeIfAbsent(w, (k) -> ids.size())).toArray();
			int[] y = Arrays.stream(b).mapToInt((w) -> ids.computeIfAbsent(w, (k) -> ids.size())).toArray();
			return distance(x, y);
		}

	}

}
