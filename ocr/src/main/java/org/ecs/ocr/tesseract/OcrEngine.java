package org.ecs.ocr.tesseract;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.ecs.ocr.cleanup.PageLayout;
import org.ecs.ocr.page.PageImage;

/**
 * Recognises pages with Tesseract, several pages at once.
 * <p>
 * Tesseract is not thread-safe, so each worker thread owns its own engines (one per
 * language set), kept for the life of this object because loading a model costs more than
 * reading a page. Pages reach Tesseract as raw 8-bit grey bytes, which keeps Leptonica
 * (whose Java binding needs a newer library than Debian 12 ships) out of the way.
 */
public class OcrEngine implements AutoCloseable {

	public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

	/**
	 * Page segmentation that reads a page as one column ({@code --psm 4}) unless
	 * Tesseract's layout analysis finds columns of text side by side, then as columns
	 * ({@code --psm 3}). Forms and fax cover sheets read line by line across the page, as
	 * people read them; newsletters and two-column papers keep their columns apart.
	 */
	public static final int AUTO_LAYOUT = -1;

	private static final int PSM_AUTO = 3;

	private static final int PSM_SINGLE_COLUMN = 4;

	/**
	 * Side-by-side text blocks each at least this share of the page height make columns.
	 */
	private static final double COLUMN_MIN_HEIGHT = 0.15;

	/**
	 * Resolution the layout probe runs at: columns show as well as at 150 dpi, for less
	 * than half the cost.
	 */
	private static final int LAYOUT_DPI = 100;

	private static final int PSM_SINGLE_BLOCK = 6;

	/**
	 * Inches of lines read to tell a page's language among those of one script: three or
	 * four lines of ordinary print, which tell on most pages...
	 */
	private static final double SAMPLE_INCHES = 0.6;

	/** ...and when their words do not, this much more is read. */
	private static final double MORE_SAMPLE_INCHES = 1.5;

	/**
	 * Inches of lines the orientation and script detection looks at first (five or six
	 * lines of ordinary print): its cost is mostly finding and classifying characters,
	 * which a band does in a fraction of the page's time; on every page of the generated
	 * fax set an inch was as sure as two.
	 */
	private static final double OSD_BAND_INCHES = 1.0;

	/**
	 * Below this the band's orientation is not trusted and the whole page is looked at.
	 */
	private static final float OSD_BAND_CONFIDENCE = 1.0f;

	private static final int PSM_SINGLE_LINE = 7;

	/**
	 * Characters the orientation and script detection classifies before it decides
	 * (Tesseract's default is 50, and up to five times as many): after the page is turned
	 * by its lines it only tells upright from upside down, which 15 characters showed on
	 * every page of the generated fax set, in a third of the time.
	 */
	private static final String OSD_CHARACTERS = "15";

	/**
	 * Tesseract's detection turns a page by a quarter only when this sure: it misreads
	 * sideways Arabic and Chinese pages with less.
	 */
	private static final float OSD_QUARTER_CONFIDENCE = 5;

	/** A fax header line holds a number: a line without four digits is the page's own. */
	private static final int HEADER_DIGITS = 4;

	/**
	 * @param tessdata the folder holding {@code *.traineddata}, or {@code null} for
	 * Debian's folder, falling back to {@code $TESSDATA_PREFIX}
	 * @param threads worker threads, at most one page each at a time
	 * @param pageSegmentationMode Tesseract's {@code --psm}
	 * @param variables extra Tesseract variables
	 */
	public record Settings(Path tessdata, int threads, int pageSegmentationMode, Map<String, String> variables) {

		public Settings {
			if (threads < 1) {
				throw new IllegalArgumentException("threads must be at least 1");
			}
			variables = Map.copyOf(variables);
		}

		/**
		 * One worker per core and automatic page segmentation without orientation
		 * detection ({@code --psm 3}), which scored best on the fax corpus.
		 * @return the defaults
		 */
		public static Settings defaults() {
			return new Settings(null, Runtime.getRuntime().availableProcessors(), AUTO_LAYOUT, Map.of());
		}

		public Settings withTessdata(Path folder) {
			return new Settings(folder, this.threads, this.pageSegmentationMode, this.variables);
		}

		public Settings withThreads(int count) {
			return new Settings(this.tessdata, count, this.pageSegmentationMode, this.variables);
		}

		public Settings withPageSegmentationMode(int mode) {
			return new Settings(this.tessdata, this.threads, mode, this.variables);
		}

	}

	private final Settings settings;

	private final Path tessdata;

	private final ExecutorService workers;

	private final ThreadLocal<Map<String, TessBaseAPI>> engines = ThreadLocal.withInitial(HashMap::new);

	private final Queue<TessBaseAPI> allEngines = new ConcurrentLinkedQueue<>();

	private volatile Boolean available;

	/** One probe at a time: callers meanwhile wait for its answer. */
	private final Object probing = new Object();

	private final PageLanguages pageLanguages = PageLanguages.load();

	public OcrEngine() {
		this(Settings.defaults());
	}

	public OcrEngine(Settings settings) {
		this.settings = settings;
		this.tessdata = resolveTessdata(settings.tessdata());
		this.workers = Executors.newFixedThreadPool(settings.threads(), new WorkerThreads());
	}

	public Settings settings() {
		return this.settings;
	}

	/**
	 * Whether Tesseract can run here: its native library loads and its model folder holds
	 * at least the English model. When this is false the caller should queue pages for
	 * transcription by hand. The first call probes (loads the library and the model);
	 * calls meanwhile wait for that probe's answer rather than probe again.
	 * @return true when recognition can run
	 */
	public boolean isAvailable() {
		Boolean result = this.available;
		if (result == null) {
			synchronized (this.probing) {
				result = this.available;
				if (result == null) {
					result = probe();
					this.available = result;
				}
			}
		}
		return result;
	}

	/**
	 * Probes again when Tesseract was not available, e.g. after its packages or models
	 * were installed while the application ran; an engine found available stays so.
	 * @return true when recognition can run now
	 */
	public boolean recheck() {
		if (!Boolean.TRUE.equals(this.available)) {
			this.available = null;
		}
		return isAvailable();
	}

	/**
	 * @return the folder the models are read from
	 */
	public Path tessdata() {
		return this.tessdata;
	}

	/**
	 * @param languages the languages a document is expected in
	 * @return true when Tesseract runs and has a model for every one of them
	 */
	public boolean isAvailable(List<String> languages) {
		if (!isAvailable()) {
			return false;
		}
		try {
			for (String model : OcrLanguages.toTesseract(languages).split("\\+")) {
				if (!Files.isRegularFile(this.tessdata.resolve(model + ".traineddata"))) {
					return false;
				}
			}
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Recognises pages in parallel.
	 * @param pages the pages, in order
	 * @param languages ISO 639-1 codes ({@code en fr es ru ar zh}); empty means English
	 * @param listener told as each page is done
	 * @return one result per page, in the order given
	 * @throws OcrException when Tesseract or a model is missing or a page fails
	 * @throws InterruptedException when the calling thread is interrupted while waiting
	 */
	public OcrResult recognise(List<PageImage> pages, List<String> languages, OcrProgressListener listener)
			throws OcrException, InterruptedException {
		String tesseractLanguages;
		try {
			tesseractLanguages = OcrLanguages.toTesseract(languages);
		}
		catch (IllegalArgumentException ex) {
			throw new OcrException(ex.getMessage(), ex);
		}
		if (!isAvailable(languages)) {
			throw new OcrException(
					"Tesseract or a model for " + tesseractLanguages + " is not available in " + this.tessdata);
		}
		List<OcrPage> results = inParallel(pages, listener, (page) -> recogniseHere(page, tesseractLanguages));
		return new OcrResult(results, tesseractLanguages);
	}

	/**
	 * Recognises pages in parallel, each in the language found on it rather than one
	 * given: a line alone across the top that a sending fax machine printed is read apart
	 * (in English) and kept out of the text; the page is turned upright (a quarter turn
	 * when its lines run up and down, then straightened when fed askew by up to five
	 * degrees, then upright or upside down and the script by Tesseract's orientation and
	 * script detection on a band of lines, the whole page when the band does not tell);
	 * the script gives the candidate languages, and among several (Latin) an inch of
	 * lines read in the first decides by the words it holds. Chinese comes out without
	 * the spaces Tesseract puts between characters, Arabic in logical order as letters
	 * ({@link ScriptText}).
	 * @param pages the pages, in order, with square pixels
	 * @param candidates the languages a page may be in (ISO 639-1), preferred first (the
	 * sender's language first, so that it wins a tie); those without a model here are
	 * left out
	 * @param listener told as each page is done
	 * @return one result per page, in the order given, each saying its language and how
	 * it was turned
	 * @throws OcrException when Tesseract is missing or no candidate has a model
	 * @throws InterruptedException when the calling thread is interrupted while waiting
	 */
	public OcrResult recogniseFindingLanguage(List<PageImage> pages, List<String> candidates,
			OcrProgressListener listener) throws OcrException, InterruptedException {
		List<String> installed = candidates.stream().filter((c) -> isAvailable(List.of(c))).distinct().toList();
		if (installed.isEmpty()) {
			throw new OcrException("Tesseract or a model for " + candidates + " is not available in " + this.tessdata);
		}
		boolean detection = Files.isRegularFile(this.tessdata.resolve("osd.traineddata"));
		List<OcrPage> results = inParallel(pages, listener, (page) -> readHere(page, installed, detection));
		String used = results.stream()
			.map(OcrPage::language)
			.distinct()
			.map((language) -> OcrLanguages.toTesseract(List.of(language)))
			.reduce((a, b) -> a + "+" + b)
			.orElse("");
		return new OcrResult(results, used);
	}

	private OcrPage readHere(PageImage page, List<String> candidates, boolean detection) throws OcrException {
		TessAPI api = TessAPI.INSTANCE;
		long start = System.nanoTime();
		BufferedImage grey = page.grey();
		int dpi = Math.max(page.xDpi(), page.yDpi());
		String header = "";
		int headerRows = PageLayout.headerRows(grey);
		if (headerRows > 0) {
			String line = recogniseRegion(api, engineFor(api, "eng"), grey, dpi, headerRows, PSM_SINGLE_LINE).strip();
			if (line.chars().filter(Character::isDigit).count() >= HEADER_DIGITS) {
				// specks beside a line read as stray punctuation
				header = line.replaceAll("[\\s.,;:'‘’\"|_~-]+$", "");
				grey = PageLayout.withoutTop(grey, headerRows);
			}
		}
		int turned = PageLayout.quarterTurn(grey);
		grey = PageLayout.turn(grey, turned);
		// a sheet fed askew: Tesseract reads lines turned by a few degrees as noise
		grey = PageLayout.level(grey);
		String script = null;
		if (detection) {
			Detected detected = detect(api, band(grey, PageLayout.textBand(grey, (int) (OSD_BAND_INCHES * dpi))), dpi);
			if (detected == null || detected.confidence() < OSD_BAND_CONFIDENCE) {
				// too few characters in the band to be sure: the whole page
				Detected whole = detect(api, grey, dpi);
				detected = (whole != null) ? whole : detected;
			}
			if (detected != null) {
				script = detected.script();
				int more = detected.degrees();
				if (more == 180 || ((more == 90 || more == 270) && detected.confidence() >= OSD_QUARTER_CONFIDENCE)) {
					grey = PageLayout.turn(grey, more);
					turned = (turned + more) % 360;
				}
			}
		}
		List<String> languages = this.pageLanguages.ofScript(script, candidates);
		if (languages.isEmpty()) {
			languages = List.of(candidates.get(0));
		}
		String language = languages.get(0);
		if (languages.size() > 1) {
			TessBaseAPI engine = engineFor(api, OcrLanguages.model(language));
			String sample = recogniseBand(api, engine,
					band(grey, PageLayout.textBand(grey, (int) (SAMPLE_INCHES * dpi))), dpi);
			String sure = this.pageLanguages.surelyByWords(sample, languages);
			if (sure == null) {
				// too few common words to be sure: more lines
				sample = recogniseBand(api, engine,
						band(grey, PageLayout.textBand(grey, (int) (MORE_SAMPLE_INCHES * dpi))), dpi);
				sure = this.pageLanguages.byWords(sample, languages);
			}
			language = sure;
		}
		OcrPage read = recogniseImage(api, page.number(), grey, dpi, OcrLanguages.model(language));
		return new OcrPage(read.number(), ScriptText.tidy(read.text()), read.meanConfidence(), read.words(),
				Duration.ofNanos(System.nanoTime() - start), language, turned, header);
	}

	/** Rows of a page as an image of their own (a copy: Tesseract reads it as bytes). */
	private static BufferedImage band(BufferedImage grey, int[] rows) {
		return grey.getSubimage(0, rows[0], grey.getWidth(), rows[1] - rows[0]);
	}

	/** What Tesseract's orientation and script detection said. */
	private record Detected(int degrees, float confidence, String script) {
	}

	private Detected detect(TessAPI api, BufferedImage grey, int dpi) throws OcrException {
		TessBaseAPI osd = osdEngine(api);
		try {
			setImage(api, osd, grey, dpi);
			IntBuffer degrees = IntBuffer.allocate(1);
			FloatBuffer orientationConfidence = FloatBuffer.allocate(1);
			FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
			PointerByReference script = new PointerByReference();
			if (api.TessBaseAPIDetectOrientationScript(osd, degrees, orientationConfidence, script,
					scriptConfidence) == ITessAPI.FALSE) {
				// too little text to tell
				return null;
			}
			// the name is Tesseract's own constant: not to be freed
			String name = (script.getValue() != null) ? script.getValue().getString(0) : null;
			return new Detected(degrees.get(0), orientationConfidence.get(0), name);
		}
		finally {
			api.TessBaseAPIClear(osd);
		}
	}

	/** A band of lines, enough words to tell the language by. */
	private String recogniseBand(TessAPI api, TessBaseAPI engine, BufferedImage band, int dpi) {
		try {
			setImage(api, engine, band, dpi);
			api.TessBaseAPISetPageSegMode(engine, PSM_SINGLE_BLOCK);
			return takeText(api, api.TessBaseAPIGetUTF8Text(engine));
		}
		finally {
			api.TessBaseAPIClear(engine);
			restoreMode(api, engine);
		}
	}

	private String recogniseRegion(TessAPI api, TessBaseAPI engine, BufferedImage grey, int dpi, int rows, int mode) {
		try {
			setImage(api, engine, grey.getSubimage(0, 0, grey.getWidth(), rows), dpi);
			api.TessBaseAPISetPageSegMode(engine, mode);
			return takeText(api, api.TessBaseAPIGetUTF8Text(engine));
		}
		finally {
			api.TessBaseAPIClear(engine);
			restoreMode(api, engine);
		}
	}

	private void restoreMode(TessAPI api, TessBaseAPI engine) {
		if (this.settings.pageSegmentationMode() != AUTO_LAYOUT) {
			api.TessBaseAPISetPageSegMode(engine, this.settings.pageSegmentationMode());
		}
	}

	private static void setImage(TessAPI api, TessBaseAPI engine, BufferedImage grey, int dpi) {
		byte[] pixels = (byte[]) grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), null);
		ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
		api.TessBaseAPISetImage(engine, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
		api.TessBaseAPISetSourceResolution(engine, dpi);
	}

	private TessBaseAPI osdEngine(TessAPI api) throws OcrException {
		Map<String, TessBaseAPI> mine = this.engines.get();
		TessBaseAPI engine = mine.get("osd");
		if (engine == null) {
			engine = api.TessBaseAPICreate();
			// the orientation model is one of the legacy engine's
			if (api.TessBaseAPIInit2(engine, this.tessdata.toString(), "osd",
					ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
				api.TessBaseAPIDelete(engine);
				throw new OcrException("Tesseract could not load osd from " + this.tessdata);
			}
			api.TessBaseAPISetPageSegMode(engine, ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
			api.TessBaseAPISetVariable(engine, "min_characters_to_try", OSD_CHARACTERS);
			mine.put("osd", engine);
			this.allEngines.add(engine);
		}
		return engine;
	}

	/** One page's work, on a worker thread. */
	private interface PageWork {

		OcrPage read(PageImage page) throws OcrException;

	}

	private List<OcrPage> inParallel(List<PageImage> pages, OcrProgressListener listener, PageWork work)
			throws OcrException, InterruptedException {
		AtomicInteger done = new AtomicInteger();
		List<Future<OcrPage>> futures = new ArrayList<>(pages.size());
		for (PageImage page : pages) {
			futures.add(this.workers.submit(() -> {
				OcrPage result = work.read(page);
				listener.pageRecognised(result, done.incrementAndGet(), pages.size());
				return result;
			}));
		}
		List<OcrPage> results = new ArrayList<>(pages.size());
		try {
			for (Future<OcrPage> future : futures) {
				results.add(future.get());
			}
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			throw (cause instanceof OcrException ocr) ? ocr
					: new OcrException("Recognition failed: " + cause.getMessage(), cause);
		}
		catch (CancellationException ex) {
			throw new OcrException("Recognition cancelled", ex);
		}
		finally {
			futures.forEach((future) -> future.cancel(false));
		}
		return results;
	}

	private OcrPage recogniseHere(PageImage page, String languages) throws OcrException {
		OcrPage read = recogniseImage(TessAPI.INSTANCE, page.number(), page.grey(), Math.max(page.xDpi(), page.yDpi()),
				languages);
		return new OcrPage(read.number(), read.text(), read.meanConfidence(), read.words(), read.elapsed(),
				OcrLanguages.toIso(languages), 0, "");
	}

	private OcrPage recogniseImage(TessAPI api, int number, BufferedImage grey, int dpi, String languages)
			throws OcrException {
		TessBaseAPI engine = engineFor(api, languages);
		int width = grey.getWidth();
		int height = grey.getHeight();
		byte[] pixels = (byte[]) grey.getRaster().getDataElements(0, 0, width, height, null);
		ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
		long start = System.nanoTime();
		try {
			if (this.settings.pageSegmentationMode() == AUTO_LAYOUT) {
				api.TessBaseAPISetPageSegMode(engine,
						(PageLayout.mayHaveColumns(grey, dpi, COLUMN_MIN_HEIGHT) && hasColumns(api, engine, grey, dpi))
								? PSM_AUTO : PSM_SINGLE_COLUMN);
			}
			// setting the image again drops the layout found above, so recognition
			// segments afresh
			api.TessBaseAPISetImage(engine, buffer, width, height, 1, width);
			api.TessBaseAPISetSourceResolution(engine, dpi);
			if (api.TessBaseAPIRecognize(engine, null) != 0) {
				throw new OcrException("Tesseract could not recognise page " + number);
			}
			String text = takeText(api, api.TessBaseAPIGetUTF8Text(engine));
			int confidence = api.TessBaseAPIMeanTextConf(engine);
			List<OcrWord> words = words(api, engine);
			return new OcrPage(number, text, confidence, words, Duration.ofNanos(System.nanoTime() - start));
		}
		finally {
			api.TessBaseAPIClear(engine);
		}
	}

	private static boolean hasColumns(TessAPI api, TessBaseAPI engine, BufferedImage grey, int dpi) {
		// columns show at low resolution too, and layout analysis costs a quarter at half
		// size
		BufferedImage small = (dpi > LAYOUT_DPI) ? shrink(grey, (double) LAYOUT_DPI / dpi) : grey;
		byte[] pixels = (byte[]) small.getRaster().getDataElements(0, 0, small.getWidth(), small.getHeight(), null);
		ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length).put(pixels).flip();
		api.TessBaseAPISetImage(engine, buffer, small.getWidth(), small.getHeight(), 1, small.getWidth());
		api.TessBaseAPISetSourceResolution(engine, Math.min(dpi, LAYOUT_DPI));
		api.TessBaseAPISetPageSegMode(engine, PSM_AUTO);
		int pageHeight = small.getHeight();
		TessPageIterator layout = api.TessBaseAPIAnalyseLayout(engine);
		if (layout == null) {
			return false;
		}
		List<int[]> tall = new ArrayList<>();
		try {
			int level = ITessAPI.TessPageIteratorLevel.RIL_BLOCK;
			IntBuffer left = IntBuffer.allocate(1);
			IntBuffer top = IntBuffer.allocate(1);
			IntBuffer right = IntBuffer.allocate(1);
			IntBuffer bottom = IntBuffer.allocate(1);
			do {
				if (api.TessPageIteratorBlockType(layout) != ITessAPI.TessPolyBlockType.PT_FLOWING_TEXT) {
					continue;
				}
				api.TessPageIteratorBoundingBox(layout, level, left, top, right, bottom);
				if (bottom.get(0) - top.get(0) >= COLUMN_MIN_HEIGHT * pageHeight) {
					tall.add(new int[] { left.get(0), top.get(0), right.get(0), bottom.get(0) });
				}
			}
			while (api.TessPageIteratorNext(layout, level) == ITessAPI.TRUE);
		}
		finally {
			api.TessPageIteratorDelete(layout);
		}
		for (int i = 0; i < tall.size(); i++) {
			for (int j = i + 1; j < tall.size(); j++) {
				if (sideBySide(tall.get(i), tall.get(j))) {
					return true;
				}
			}
		}
		return false;
	}

	private static BufferedImage shrink(BufferedImage grey, double factor) {
		int width = Math.max(1, (int) Math.round(grey.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(grey.getHeight() * factor));
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = small.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.drawImage(grey, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return small;
	}

	private static boolean sideBySide(int[] a, int[] b) {
		boolean apart = a[2] <= b[0] || b[2] <= a[0];
		int overlap = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
		int shorter = Math.min(a[3] - a[1], b[3] - b[1]);
		return apart && overlap >= shorter / 2;
	}

	private static List<OcrWord> words(TessAPI api, TessBaseAPI engine) {
		List<OcrWord> words = new ArrayList<>();
		TessResultIterator iterator = api.TessBaseAPIGetIterator(engine);
		if (iterator == null) {
			return words;
		}
		try {
			TessPageIterator layout = api.TessResultIteratorGetPageIterator(iterator);
			int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
			IntBuffer left = IntBuffer.allocate(1);
			IntBuffer top = IntBuffer.allocate(1);
			IntBuffer right = IntBuffer.allocate(1);
			IntBuffer bottom = IntBuffer.allocate(1);
			do {
				String word = takeText(api, api.TessResultIteratorGetUTF8Text(iterator, level));
				if (word.isBlank()) {
					continue;
				}
				float confidence = api.TessResultIteratorConfidence(iterator, level);
				api.TessPageIteratorBoundingBox(layout, level, left, top, right, bottom);
				words.add(new OcrWord(word, confidence, left.get(0), top.get(0), right.get(0) - left.get(0),
						bottom.get(0) - top.get(0)));
			}
			while (api.TessResultIteratorNext(iterator, level) == ITessAPI.TRUE);
		}
		finally {
			api.TessResultIteratorDelete(iterator);
		}
		return words;
	}

	private static String takeText(TessAPI api, Pointer text) {
		if (text == null) {
			return "";
		}
		try {
			return text.getString(0, StandardCharsets.UTF_8.name());
		}
		finally {
			api.TessDeleteText(text);
		}
	}

	private TessBaseAPI engineFor(TessAPI api, String languages) throws OcrException {
		Map<String, TessBaseAPI> mine = this.engines.get();
		TessBaseAPI engine = mine.get(languages);
		if (engine == null) {
			engine = api.TessBaseAPICreate();
			if (api.TessBaseAPIInit2(engine, this.tessdata.toString(), languages,
					ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) != 0) {
				api.TessBaseAPIDelete(engine);
				throw new OcrException("Tesseract could not load " + languages + " from " + this.tessdata);
			}
			if (this.settings.pageSegmentationMode() != AUTO_LAYOUT) {
				api.TessBaseAPISetPageSegMode(engine, this.settings.pageSegmentationMode());
			}
			for (Map.Entry<String, String> variable : this.settings.variables().entrySet()) {
				api.TessBaseAPISetVariable(engine, variable.getKey(), variable.getValue());
			}
			mine.put(languages, engine);
			this.allEngines.add(engine);
		}
		return engine;
	}

	private boolean probe() {
		if (this.tessdata == null || !Files.isRegularFile(this.tessdata.resolve("eng.traineddata"))) {
			return false;
		}
		try {
			TessAPI api = TessAPI.INSTANCE;
			TessBaseAPI engine = api.TessBaseAPICreate();
			try {
				return api.TessBaseAPIInit2(engine, this.tessdata.toString(), "eng",
						ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY) == 0;
			}
			finally {
				api.TessBaseAPIEnd(engine);
				api.TessBaseAPIDelete(engine);
			}
		}
		catch (LinkageError ex) {
			// no libtesseract here (UnsatisfiedLinkError, or the class failed to
			// initialise)
			return false;
		}
	}

	static Path resolveTessdata(Path configured) {
		if (configured != null) {
			return configured;
		}
		if (Files.isDirectory(DEBIAN_TESSDATA)) {
			return DEBIAN_TESSDATA;
		}
		String prefix = System.getenv("TESSDATA_PREFIX");
		if (prefix != null && !prefix.isBlank()) {
			Path folder = Path.of(prefix);
			Path nested = folder.resolve("tessdata");
			return (Files.isDirectory(nested) && !Files.isRegularFile(folder.resolve("eng.traineddata"))) ? nested
					: folder;
		}
		return DEBIAN_TESSDATA;
	}

	/**
	 * Stops the workers and frees every Tesseract engine.
	 */
	@Override
	public void close() {
		this.workers.shutdownNow();
		try {
			this.workers.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		TessBaseAPI engine;
		while ((engine = this.allEngines.poll()) != null) {
			TessAPI.INSTANCE.TessBaseAPIEnd(engine);
			TessAPI.INSTANCE.TessBaseAPIDelete(engine);
		}
	}

	private static final class WorkerThreads implements ThreadFactory {

		private static final AtomicInteger POOLS = new AtomicInteger();

		private final int pool = POOLS.incrementAndGet();

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "ocr-" + this.pool + "-" + this.count.incrementAndGet());
			// a caller that forgets close() must not keep the JVM alive
			thread.setDaemon(true);
			return thread;
		}

	}

}
