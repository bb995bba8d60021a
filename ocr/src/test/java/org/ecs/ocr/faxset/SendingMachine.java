package org.ecs.ocr.faxset;

import java.util.List;
import java.util.Locale;

/**
 * The line a sending fax machine prints across the top of every page it sends (its
 * "transmit terminal identification"): date, time, its number, its name and the page
 * count, in the layouts machines of different makers use.
 */
final class SendingMachine {

	private static final List<String> LAYOUTS = List.of("%1$s %2$s  FROM: %3$s  %4$s  P.1/1",
			"%1$s %2$s   FAX %3$s   %4$s   PAGE 01/01", "FROM : %4$s   FAX NO. : %3$s   %1$s %2$s   P1",
			"%1$s  %2$s  %3$s  %4$s  #123  P.001/001");

	private static final List<String> NUMBERS = List.of("+44 20 7946 0321", "+33 1 44 55 66 77", "+34 91 555 0142",
			"+7 495 555 0199", "+20 2 2555 0143", "+86 10 6555 0188");

	private static final List<String> NAMES = List.of("MINISTRY OF FOREIGN AFFAIRS", "DELEGATION PERMANENTE",
			"MISION PERMANENTE", "MID ROSSII", "MINISTRY OF ENERGY", "CNDC BEIJING");

	private SendingMachine() {
	}

	static String header(String language, int text) {
		int index = GeneratedFaxes.LANGUAGES.indexOf(language);
		String date = String.format(Locale.ROOT, "%02d/%02d/2026", 3 + text, 11 + index % 2);
		String time = String.format(Locale.ROOT, "%02d:%02d", 8 + index, 17 + 7 * text);
		return String.format(Locale.ROOT, LAYOUTS.get((index + text) % LAYOUTS.size()), date, time, NUMBERS.get(index),
				NAMES.get(index));
	}

}
