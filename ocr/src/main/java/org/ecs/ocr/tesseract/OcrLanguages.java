package org.ecs.ocr.tesseract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps ISO 639-1 codes (and the ISO 639-2 names Tesseract's models carry) to the models'
 * names.
 */
final class OcrLanguages {

	private static final Map<String, String> MODELS = Map.ofEntries(Map.entry("en", "eng"), Map.entry("fr", "fra"),
			Map.entry("es", "spa"), Map.entry("ru", "rus"), Map.entry("ar", "ara"), Map.entry("zh", "chi_sim"),
			Map.entry("zh-cn", "chi_sim"), Map.entry("zh-hans", "chi_sim"), Map.entry("de", "deu"),
			Map.entry("it", "ita"), Map.entry("pt", "por"));

	private OcrLanguages() {
	}

	/**
	 * @param languages ISO codes such as {@code en}, {@code zh-CN}, or model names such
	 * as {@code chi_sim}; empty means English
	 * @return Tesseract's language string, e.g. {@code eng+fra}
	 */
	static String toTesseract(List<String> languages) {
		Set<String> models = new LinkedHashSet<>();
		for (String language : languages) {
			models.add(model(language));
		}
		if (models.isEmpty()) {
			models.add("eng");
		}
		return String.join("+", models);
	}

	/**
	 * @param models Tesseract's language string, e.g. {@code eng+fra}
	 * @return the ISO 639-1 codes where known (else the model's name), e.g. {@code en+fr}
	 */
	static String toIso(String models) {
		List<String> codes = new java.util.ArrayList<>();
		for (String model : models.split("\\+")) {
			codes.add(MODELS.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equals(model) && entry.getKey().length() == 2)
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(model));
		}
		return String.join("+", codes);
	}

	static String model(String language) {
		String code = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
		String model = MODELS.get(code);
		if (model != null) {
			return model;
		}
		if (code.matches("[a-z]{3}(-[a-z]+)?")) {
			return code.replace('-', '_');
		}
		int dash = code.indexOf('-');
		if (dash > 0 && MODELS.containsKey(code.substring(0, dash))) {
			return MODELS.get(code.substring(0, dash));
		}
		throw new IllegalArgumentException("No OCR model known for language '" + language + "'");
	}

}
