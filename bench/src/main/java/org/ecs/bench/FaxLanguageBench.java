package org.ecs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.sun.management.OperatingSystemMXBean;

import org.ecs.bench.OcrAccuracyBench.GroundTruthPage;
import org.ecs.bench.OcrAccuracyBench.Output;
import org.ecs.bench.OcrAccuracyBench.Scores;
import org.ecs.ocr.faxset.FaxScore;
import org.ecs.ocr.faxset.GeneratedFax;
import org.ecs.ocr.faxset.GeneratedFaxes;
import org.ecs.ocr.page.PageImage;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.tesseract.OcrPage;
import org.ecs.ocr.tesseract.OcrProgressListener;

/**
 * ECS's fax OCR on its own generated multilingual fax set (six languages, every sender's
 * account English, pages upright, sideways and upside down, fine and normal resolution),
 * against the plain {@code tesseract} command given the right language and given English,
 * scored as {@code shared/METRICS.md} says. Plain Tesseract reads each page with square
 * pixels as received (not turned) at their 204 dpi, and is not charged for the sending
 * machine's header line, which ECS keeps apart: the line of its output most like the
 * header is dropped. Pages are read one at a time, so that seconds per page compare;
 * Tesseract's time includes loading its model, as the command does for every page. Each
 * page is read by the three pipelines one after the other, so that all see the same load;
 * beside wall time, CPU seconds are counted (the command's user and system time as its
 * shell reports them, the JVM's process CPU time for ECS), which a busy shared machine
 * disturbs far less. The load average is printed at the start and the end. For tuning,
 * {@code -Dbench.args="ecs [n] [first]"} reads only with ECS (no baseline), every n-th
 * page from the first, and prints CER and CPU seconds per page.
 */
public final class FaxLanguageBench {

	private FaxLanguageBench() {
	}

	public static void main(String[] args) throws Exception {
		List<GeneratedFax> faxes = GeneratedFaxes.all();
		String[] a = (args.length == 1) ? args[0].trim().split("\\s+") : args;
		boolean ecsOnly = a.length > 0 && a[0].equals("ecs");
		int every = (a.length > 1) ? Integer.parseInt(a[1]) : 1;
		int offset = (a.length > 2) ? Integer.parseInt(a[2]) : 0;
		List<GeneratedFax> subset = new ArrayList<>();
		for (int i = offset; i < faxes.size(); i += every) {
			subset.add(faxes.get(i));
		}
		faxes = subset;
		Path folder = Files.createTempDirectory("fax-language-bench");
		PageImageReader reader = new PageImageReader();
		Map<GroundTruthPage, GeneratedFax> pages = new LinkedHashMap<>();
		Map<GroundTruthPage, PageImage> images = new LinkedHashMap<>();
		for (GeneratedFax fax : faxes) {
			PageImage page = reader.read(fax.tiff(), "image/tiff").get(0);
			Path png = folder.resolve(fax.name() + ".png");
			ImageIO.write(page.image(), "png", png.toFile());
			GroundTruthPage truth = new GroundTruthPage(fax.language(), fax.name(), png, fax.truth(), true);
			pages.put(truth, fax);
			images.put(truth, page);
		}
		System.out.printf(Locale.ROOT, "Fax language bench: %d generated pages, account language English%n",
				pages.size());
		Map<GroundTruthPage, Output> right = new LinkedHashMap<>();
		Map<GroundTruthPage, Output> english = new LinkedHashMap<>();
		Map<GroundTruthPage, Output> ecs = new LinkedHashMap<>();
		Map<GroundTruthPage, OcrPage> found = new LinkedHashMap<>();
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		System.out.printf(Locale.ROOT, "load average at start: %.1f%n", os.getSystemLoadAverage());
		try (OcrEngine engine = new OcrEngine(OcrEngine.Settings.defaults().withThreads(1))) {
			// load every model once: the run measures pages, not start-up
			PageImage warmUp = images.values().iterator().next();
			engine.recogniseFindingLanguage(List.of(warmUp), List.of("en"), OcrProgressListener.NONE);
			for (String language : GeneratedFaxes.LANGUAGES) {
				engine.recognise(List.of(warmUp), List.of(language), OcrProgressListener.NONE);
			}
			for (Map.Entry<GroundTruthPage, GeneratedFax> entry : pages.entrySet()) {
				GroundTruthPage page = entry.getKey();
				GeneratedFax fax = entry.getValue();
				if (!ecsOnly) {
					right.put(page, withoutHeader(tesseract(page.image(), model(fax.language())), fax));
					english.put(page, withoutHeader(tesseract(page.image(), "eng"), fax));
				}
				long start = System.nanoTime();
				long cpu = os.getProcessCpuTime();
				OcrPage read = engine
					.recogniseFindingLanguage(List.of(images.get(page)), candidates(fax), OcrProgressListener.NONE)
					.pages()
					.get(0);
				ecs.put(page, new Output(read.text(), (System.nanoTime() - start) / 1e9));
				CPU.put(ecs.get(page), (os.getProcessCpuTime() - cpu) / 1e9);
				found.put(page, read);
			}
		}
		System.out.printf(Locale.ROOT, "load average at end: %.1f%n", os.getSystemLoadAverage());
		if (ecsOnly) {
			for (GroundTruthPage page : pages.keySet()) {
				OcrPage read = found.get(page);
				System.out.printf(Locale.ROOT, "%-18s %-3s %4d  %6.3f cpu %.3f%n", page.name(), read.language(),
						read.turned(), cer(page, ecs), CPU.get(ecs.get(page)));
			}
			System.out.printf(Locale.ROOT, "ECS CER %.4f cpu/page %.3f%n",
					Scores.of(new ArrayList<>(pages.keySet()), ecs).cer(),
					ecs.values().stream().mapToDouble(CPU::get).average().orElse(0));
			return;
		}
		report(pages, right, english, ecs, found);
	}

	/** CPU seconds of each output. */
	private static final Map<Output, Double> CPU = new java.util.IdentityHashMap<>();

	private static List<String> candidates(GeneratedFax fax) {
		List<String> candidates = new ArrayList<>(List.of(fax.accountLanguage()));
		GeneratedFaxes.LANGUAGES.stream().filter((l) -> !candidates.contains(l)).forEach(candidates::add);
		return candidates;
	}

	private static String model(String language) {
		return switch (language) {
			case "en" -> "eng";
			case "fr" -> "fra";
			case "es" -> "spa";
			case "ru" -> "rus";
			case "ar" -> "ara";
			case "zh" -> "chi_sim";
			default -> throw new IllegalArgumentException(language);
		};
	}

	private static Output withoutHeader(Output output, GeneratedFax fax) {
		Output without = new Output(FaxScore.withoutHeader(output.text(), fax.header()), output.seconds());
		CPU.put(without, CPU.get(output));
		return without;
	}

	private static Output tesseract(Path image, String model) throws IOException, InterruptedException {
		// the page's resolution, which the PNG does not say
		// the shell's times builtin reports the CPU time of the command it waited for
		ProcessBuilder builder = new ProcessBuilder("bash", "-c",
				"tesseract \"$1\" stdout -l \"$2\" --psm 3 --oem 1 --dpi 204 2>/dev/null; times >&2", "tesseract",
				image.toString(), model);
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		long start = System.nanoTime();
		Process process = builder.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String times = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		Output output = new Output(text, (System.nanoTime() - start) / 1e9);
		CPU.put(output, childCpu(times));
		return output;
	}

	/** The second line of {@code times}: the children's user and system time. */
	static double childCpu(String times) {
		String[] lines = times.strip().split("\\R");
		double seconds = 0;
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)m([\\d.]+)s")
			.matcher(lines[lines.length - 1]);
		while (m.find()) {
			seconds += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
		}
		return seconds;
	}

	private static void report(Map<GroundTruthPage, GeneratedFax> pages, Map<GroundTruthPage, Output> right,
			Map<GroundTruthPage, Output> english, Map<GroundTruthPage, Output> ecs,
			Map<GroundTruthPage, OcrPage> found) {
		System.out.printf(Locale.ROOT, "%n%-9s %-34s %7s %7s %9s %9s %9s %9s %6s%n", "set", "pipeline", "CER", "recall",
				"med s/pg", "mean s/pg", "med cpu", "mean cpu", "x cpu");
		List<String> sets = new ArrayList<>(GeneratedFaxes.LANGUAGES);
		sets.add("all");
		sets.add("upright");
		sets.add("turned");
		sets.add("fine");
		sets.add("normal");
		for (String set : sets) {
			List<GroundTruthPage> chosen = pages.keySet().stream().filter((page) -> {
				GeneratedFax fax = pages.get(page);
				return switch (set) {
					case "all" -> true;
					case "upright" -> fax.rotation() == 0;
					case "turned" -> fax.rotation() != 0;
					case "fine" -> fax.resolution() == GeneratedFax.Resolution.FINE;
					case "normal" -> fax.resolution() == GeneratedFax.Resolution.NORMAL;
					default -> fax.language().equals(set);
				};
			}).toList();
			double plain = row(set, "plain tesseract, right language", chosen, right, 0);
			row(set, "plain tesseract, English", chosen, english, plain);
			row(set, "ECS, account says English", chosen, ecs, plain);
		}
		System.out.println();
		System.out.println("## per page: found language, turn, CER (ECS | right | English), header kept");
		for (GroundTruthPage page : pages.keySet()) {
			OcrPage read = found.get(page);
			System.out.printf(Locale.ROOT, "%-18s %-3s %4d  %6.3f %6.3f %6.3f  %s%n", page.name(), read.language(),
					read.turned(), cer(page, ecs), cer(page, right), cer(page, english), read.header());
		}
	}

	private static double cer(GroundTruthPage page, Map<GroundTruthPage, Output> outputs) {
		return FaxScore.characterErrorRate(page.truth(), outputs.get(page).text());
	}

	/**
	 * @param baseline mean CPU seconds per page of plain tesseract with the right
	 * language, 0 for that row itself
	 * @return this row's mean CPU seconds per page
	 */
	private static double row(String set, String label, List<GroundTruthPage> pages, Map<GroundTruthPage, Output> run,
			double baseline) {
		Scores scores = Scores.of(pages, run);
		double[] seconds = pages.stream().mapToDouble((p) -> run.get(p).seconds()).sorted().toArray();
		double[] cpu = pages.stream().mapToDouble((p) -> CPU.get(run.get(p))).sorted().toArray();
		double mean = java.util.Arrays.stream(seconds).average().orElse(0);
		double meanCpu = java.util.Arrays.stream(cpu).average().orElse(0);
		System.out.printf(Locale.ROOT, "%-9s %-34s %6.1f%% %6.1f%% %9.2f %9.2f %9.3f %9.3f %6s%n", set, label,
				100 * scores.cer(), 100 * scores.recall(), median(seconds), mean, median(cpu), meanCpu,
				(baseline > 0) ? String.format(Locale.ROOT, "%.2f", meanCpu / baseline) : "");
		return meanCpu;
	}

	private static double median(double[] sorted) {
		return (sorted.length % 2 == 1) ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

}
