package org.ecs.gateways.mail;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A set of replies to an ECS notification, generated as the most used mail clients write
 * them in nine languages (the six UN languages, German, Portuguese, Japanese): their
 * attribution lines and header blocks, their quote markers, their HTML, their footers; as
 * top-posted, bottom-posted and inline answers, HTML-only mails, forwards, and with
 * signatures with and without the {@code "-- "} delimiter. Each case knows what its
 * author wrote (what ECS should publish: signatures after {@code "-- "} and mobile
 * footers removed, a sign-off without delimiter kept). Nothing here is copied from a
 * corpus.
 */
public final class ClientReplies {

	public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh", "de", "pt", "ja");

	public static final List<String> CLIENTS = List.of("Outlook desktop", "Outlook web", "Outlook mobile", "Gmail web",
			"Gmail Android", "Gmail iOS", "Apple Mail", "iOS Mail", "Thunderbird", "Yahoo web", "Yahoo Android",
			"Lotus Notes", "The Bat!", "Foxmail", "QQ Mail", "Yandex", "Mail.ru", "Samsung Email", "Proton", "Zimbra",
			"Roundcube");

	static final String ECS = "ECS";

	static final String ECS_ADDRESS = "reply+n8Kq2vXw7Lr4@ecs.example.org";

	static final String ME = "Ivan Petrov";

	static final String MY_ADDRESS = "ivan.petrov@example.org";

	/**
	 * One generated reply.
	 *
	 * @param client the mail client imitated
	 * @param language the language of the client and the author
	 * @param shape top, bottom, inline, html, forward, signature, sign-off, footer
	 * @param text the text/plain body, or null for an HTML-only mail
	 * @param html the text/html body, or null
	 * @param expected what the author wrote, as ECS should publish it
	 * @param notification the plain text of the notification it answers
	 */
	public record Case(String client, String language, String shape, String text, String html, String expected,
			String notification) {

		public String name() {
			return this.client + " / " + this.language + " / " + this.shape;
		}

	}

	private ClientReplies() {
	}

	/** Every client × language × shape. */
	public static List<Case> all() {
		List<Case> cases = new ArrayList<>();
		for (String language : LANGUAGES) {
			String notification = notification(language);
			for (String client : CLIENTS) {
				Client c = new Client(client, language, notification);
				cases.add(c.top());
				cases.add(c.bottom());
				cases.add(c.inline());
				cases.add(c.html());
				cases.add(c.forward());
				cases.add(c.signature());
				cases.add(c.signOff());
				String footer = c.footer();
				if (footer != null) {
					cases.add(c.withFooter(footer));
				}
			}
		}
		return cases;
	}

	/** The notification's plain text as ECS sends it in {@code language}. */
	static String notification(String language) {
		Locale locale = Locale.forLanguageTag(language);
		MailTemplates texts = new MailTemplates("notification", locale, ZoneId.of("Europe/Vienna"));
		Map<String, String> values = Map.of("author", "Ann Smith", "time",
				texts.time(Instant.parse("2026-11-18T17:45:00Z")), "discussion", "Draft 3: water quality", "deadline",
				texts.time(Instant.parse("2026-12-15T23:00:00Z")), "url", "https://ecs.example.org/discussions/42");
		return ReplyTrimmer.REPLY_ABOVE_MARKER + "\n" + texts.text("replyAbove", values) + "\n\n"
				+ texts.text("intro", values) + "\n\n" + comment(language) + "\n\n" + texts.text("deadline", values)
				+ "\n" + texts.text("howToReply", values) + "\n" + texts.text("viewOnline", values) + "\n";
	}

	static String comment(String language) {
		return switch (language) {
			case "fr" -> "Je propose de remplacer, à l'article 4, « valeurs limites » par « valeurs cibles », "
					+ "car les stations de mesure ne couvrent pas encore tout le bassin.";
			case "es" -> "Propongo sustituir en el artículo 4 «valores límite» por «valores objetivo», ya que las "
					+ "estaciones de medición aún no cubren toda la cuenca.";
			case "ru" -> "Предлагаю в статье 4 заменить «предельные значения» на «целевые значения», так как "
					+ "станции измерения пока не охватывают весь бассейн.";
			case "ar" -> "أقترح استبدال «القيم الحدية» بـ«القيم المستهدفة» في المادة 4، لأن محطات القياس لا تغطي "
					+ "الحوض بأكمله بعد.";
			case "zh" -> "我建议将第4条中的“限值”改为“目标值”，因为监测站尚未覆盖整个流域。";
			case "de" -> "Ich schlage vor, in Artikel 4 „Grenzwerte“ durch „Zielwerte“ zu ersetzen, da die "
					+ "Messstationen noch nicht das ganze Einzugsgebiet abdecken.";
			case "pt" -> "Proponho substituir, no artigo 4, «valores-limite» por «valores-alvo», pois as estações "
					+ "de medição ainda não cobrem toda a bacia.";
			case "ja" -> "第4条の「限界値」を「目標値」に置き換えることを提案します。測定所はまだ流域全体をカバーしていないためです。";
			default -> "I suggest replacing \"limit values\" with \"target values\" in article 4, since the "
					+ "measuring stations do not yet cover the whole basin.";
		};
	}

	/** What the author writes: two paragraphs. */
	static String answer(String language) {
		return switch (language) {
			case "fr" -> "Bonjour,\n\nJe soutiens cette proposition. Nous pourrions revoir les valeurs en 2027,\n"
					+ "quand les nouvelles stations seront en service.\n\nMerci pour ce travail.";
			case "es" -> "Hola:\n\nApoyo esta propuesta. Podríamos revisar los valores en 2027,\n"
					+ "cuando las nuevas estaciones estén en servicio.\n\nGracias por el trabajo.";
			case "ru" -> "Добрый день!\n\nПоддерживаю это предложение. Значения можно пересмотреть в 2027 году,\n"
					+ "когда заработают новые станции.\n\nСпасибо за работу.";
			case "ar" -> "مرحباً،\n\nأؤيد هذا الاقتراح. يمكننا مراجعة القيم في عام 2027،\n"
					+ "عندما تبدأ المحطات الجديدة في العمل.\n\nشكراً على هذا العمل.";
			case "zh" -> "您好，\n\n我支持这项提议。我们可以在2027年新监测站投入使用后\n再审查这些数值。\n\n谢谢大家的工作。";
			case "de" -> "Hallo zusammen,\n\nich unterstütze den Vorschlag. Wir könnten die Werte 2027 überprüfen,\n"
					+ "wenn die neuen Stationen in Betrieb sind.\n\nDanke für die Arbeit.";
			case "pt" -> "Olá,\n\nApoio esta proposta. Poderíamos rever os valores em 2027,\n"
					+ "quando as novas estações estiverem em funcionamento.\n\nObrigado pelo trabalho.";
			case "ja" -> "皆様\n\nこの提案に賛成します。新しい測定所が稼働する2027年に\n数値を見直してはいかがでしょうか。\n\nよろしくお願いします。";
			default -> "Hello,\n\nI support this proposal. We could review the values in 2027,\n"
					+ "once the new stations are running.\n\nThanks for the work.";
		};
	}

	/** Two short answers for an inline reply. */
	static String[] inlineAnswers(String language) {
		return switch (language) {
			case "fr" -> new String[] { "D'accord sur le principe.", "Mais la date limite est trop proche." };
			case "es" -> new String[] { "De acuerdo en principio.", "Pero el plazo es demasiado corto." };
			case "ru" -> new String[] { "В принципе согласен.", "Но срок слишком короткий." };
			case "ar" -> new String[] { "موافق من حيث المبدأ.", "لكن الموعد النهائي قريب جداً." };
			case "zh" -> new String[] { "原则上同意。", "但截止日期太近了。" };
			case "de" -> new String[] { "Im Grundsatz einverstanden.", "Aber die Frist ist zu kurz." };
			case "pt" -> new String[] { "De acordo em princípio.", "Mas o prazo é curto demais." };
			case "ja" -> new String[] { "原則として賛成です。", "ただし締め切りが近すぎます。" };
			default -> new String[] { "Agreed in principle.", "But the deadline is too close." };
		};
	}

	/** A sign-off without delimiter: the author's, kept. */
	static String signOff(String language) {
		return switch (language) {
			case "fr" -> "Cordialement,\nIvan Petrov";
			case "es" -> "Saludos cordiales,\nIvan Petrov";
			case "ru" -> "С уважением,\nИван Петров";
			case "ar" -> "مع أطيب التحيات،\nإيفان بتروف";
			case "zh" -> "此致\n敬礼\n彼得罗夫";
			case "de" -> "Mit freundlichen Grüßen\nIvan Petrov";
			case "pt" -> "Atenciosamente,\nIvan Petrov";
			case "ja" -> "以上、よろしくお願いいたします。\nペトロフ";
			default -> "Best regards,\nIvan Petrov";
		};
	}

	/** A signature block under {@code "-- "}: removed. */
	static String signatureBlock(String language) {
		String unit = switch (language) {
			case "fr" -> "Ministère de l'Environnement";
			case "es" -> "Ministerio de Medio Ambiente";
			case "ru" -> "Министерство природных ресурсов";
			case "ar" -> "وزارة البيئة";
			case "zh" -> "生态环境部";
			case "de" -> "Umweltministerium";
			case "pt" -> "Ministério do Ambiente";
			case "ja" -> "環境省";
			default -> "Ministry of Environment";
		};
		return "-- \n" + ME + "\n" + unit + "\n+43 1 555 9110";
	}

	/** Wraps a text at {@code width} columns, as clients re-wrap what they quote. */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			if (paragraph.length() <= width) {
				lines.add(paragraph);
				continue;
			}
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				if (line.length() > 0 && line.length() + 1 + word.length() > width) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append((line.length() > 0) ? " " : "").append(word);
			}
			lines.add(line.toString());
		}
		return lines;
	}

	static String quote(String text, String marker, int width) {
		StringBuilder quoted = new StringBuilder();
		for (String line : wrap(text.strip(), width)) {
			quoted.append(line.isEmpty() ? marker.strip() : marker + line).append('\n');
		}
		return quoted.toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	static String htmlLines(String text) {
		StringBuilder html = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			html.append(line.isEmpty() ? "<div><br></div>" : "<div>" + escape(line) + "</div>");
		}
		return html.toString();
	}

	/** One client in one language. */
	static final class Client {

		private final String name;

		private final String language;

		private final String notification;

		Client(String name, String language, String notification) {
			this.name = name;
			this.language = language;
			this.notification = notification;
		}

		private Case make(String shape, String text, String html, String expected) {
			return new Case(this.name, this.language, shape, text, html, expected, this.notification);
		}

		/** Quote marker of this client's plain text, or "" when it quotes unmarked. */
		String marker() {
			return switch (this.name) {
				case "Outlook desktop", "Outlook web", "Outlook mobile", "Lotus Notes", "Foxmail", "QQ Mail",
						"Samsung Email" ->
					"";
				case "The Bat!" -> "E> ";
				default -> "> ";
			};
		}

		/** Whether the header is a block of mail headers (From:, Sent:, ...). */
		boolean headerBlock() {
			return marker().isEmpty();
		}

		String quoted() {
			return quote(this.notification, marker(), marker().isEmpty() ? 1000 : 74);
		}

		Case top() {
			String text = answer(this.language) + "\n\n" + attribution() + "\n" + quoted();
			return make("top", text, null, answer(this.language));
		}

		Case bottom() {
			String text = attribution() + "\n" + quoted() + "\n" + answer(this.language) + "\n";
			return make("bottom", text, null, answer(this.language));
		}

		Case inline() {
			String[] answers = inlineAnswers(this.language);
			String[] parts = this.notification.split("\n\n");
			// the intro and the comment, answered; then the rest of the notification
			String first = quote(parts[1] + "\n\n" + parts[2], marker().isEmpty() ? "> " : marker(), 74);
			String rest = quote(String.join("\n\n", java.util.Arrays.copyOfRange(parts, 3, parts.length)),
					marker().isEmpty() ? "> " : marker(), 74);
			// a one-line attribution is kept with the quote it introduces, a header block
			// is not
			String head = headerBlock() ? "" : attribution();
			String keptHead = (head.lines().count() == 1) ? head : "";
			String kept = keptHead + first + "\n" + answers[0] + "\n\n" + rest + "\n" + answers[1];
			String text = head + kept.substring(keptHead.length()) + "\n";
			return make("inline", text, null, kept);
		}

		Case html() {
			String mine = htmlLines(answer(this.language));
			String quoted = htmlLines(this.notification.strip());
			String attribution = htmlLines(attribution().strip());
			String html = switch (this.name) {
				case "Gmail web", "Gmail Android", "Gmail iOS" -> "<div dir=\"ltr\">" + mine
						+ "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
						+ escape(attribution().strip())
						+ "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
						+ "border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + quoted + "</blockquote></div>";
				case "Outlook desktop", "Outlook web", "Outlook mobile" ->
					"<div dir=\"ltr\">" + mine + "</div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
							+ "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri\" style=\"font-size:11pt\">"
							+ attribution + "</font><div>&nbsp;</div></div><div>" + quoted + "</div>";
				case "Apple Mail", "iOS Mail" -> "<div dir=\"auto\">" + mine + "<div><br><blockquote type=\"cite\">"
						+ attribution + "<br>" + quoted + "</blockquote></div></div>";
				case "Thunderbird" ->
					"<p>" + mine + "</p><div class=\"moz-cite-prefix\">" + escape(attribution().strip())
							+ "<br></div><blockquote type=\"cite\" cite=\"mid:n-42@ecs.example.org\">" + quoted
							+ "</blockquote>";
				case "Yahoo web",
						"Yahoo Android" ->
					"<div class=\"ydp3f0c1a2byahoo-style-wrap\">" + mine
							+ "</div><div id=\"yahoo_quoted_1234\" class=\"yahoo_quoted\"><div>" + attribution
							+ "</div><div><div>" + quoted + "</div></div></div>";
				case "Proton" -> "<div>" + mine + "</div><div class=\"protonmail_quote\">" + attribution
						+ "<blockquote class=\"protonmail_quote\" type=\"cite\">" + quoted + "</blockquote></div>";
				case "Zimbra" ->
					"<div>" + mine + "</div><hr id=\"zwchr\"><div>" + attribution + "<br>" + quoted + "</div>";
				case "Foxmail",
						"QQ Mail" ->
					"<div>" + mine + "</div><div><br></div><div style=\"font-size: 12px;"
							+ "font-family: Arial Narrow;padding:2px 0 2px 0;\">"
							+ escape(attribution().lines().findFirst().orElse(""))
							+ "</div><div style=\"font-size: 12px;background:#efefef;padding:8px;\">"
							+ htmlLines(attribution().lines().skip(1).reduce("", (a, b) -> a + b + "\n").strip())
							+ "</div><div><br></div>" + quoted;
				default -> "<div>" + mine + "</div><div><br></div><blockquote style=\"border-left:1px solid #ccc;"
						+ "padding-left:8px\">" + attribution + quoted + "</blockquote>";
			};
			return make("html", null, "<html><body>" + html + "</body></html>", answer(this.language));
		}

		Case forward() {
			String note = forwardNote(this.language);
			String text = note + "\n\n" + forwardHeader() + "\n" + this.notification;
			return make("forward", text, null, note);
		}

		Case signature() {
			String text = answer(this.language) + "\n\n" + signatureBlock(this.language) + "\n\n" + attribution() + "\n"
					+ quoted();
			return make("signature", text, null, answer(this.language));
		}

		Case signOff() {
			String mine = answer(this.language) + "\n\n" + ClientReplies.signOff(this.language);
			String text = mine + "\n\n" + attribution() + "\n" + quoted();
			return make("sign-off", text, null, mine);
		}

		Case withFooter(String footer) {
			String text = answer(this.language) + "\n\n" + footer + "\n\n" + attribution() + "\n" + quoted();
			return make("footer", text, null, answer(this.language));
		}

		/** The footer the client adds on a phone, or null. */
		String footer() {
			String l = this.language;
			return switch (this.name) {
				case "iOS Mail" -> switch (l) {
					case "fr" -> "Envoyé de mon iPhone";
					case "es" -> "Enviado desde mi iPhone";
					case "ru" -> "Отправлено с iPhone";
					case "ar" -> "أرسلت من الـ iPhone";
					case "zh" -> "发自我的iPhone";
					case "de" -> "Von meinem iPhone gesendet";
					case "pt" -> "Enviado do meu iPhone";
					case "ja" -> "iPhoneから送信";
					default -> "Sent from my iPhone";
				};
				case "Outlook mobile" -> "Get Outlook for Android";
				case "Yahoo Android" -> switch (l) {
					case "fr" -> "Envoyé de Yahoo Mail pour Android";
					case "es" -> "Enviado desde Yahoo Mail para Android";
					case "de" -> "Gesendet von Yahoo Mail auf Android";
					case "pt" -> "Enviado do Yahoo Mail para Android";
					default -> "Sent from Yahoo Mail on Android";
				};
				case "Samsung Email" -> switch (l) {
					case "fr" -> "Envoyé depuis mon appareil Galaxy";
					case "es" -> "Enviado desde mi Galaxy";
					case "ru" -> "Отправлено с устройства Galaxy";
					case "de" -> "Von meinem Galaxy gesendet";
					case "pt" -> "Enviado do meu Galaxy";
					default -> "Sent from my Galaxy";
				};
				case "Proton" -> "Sent with Proton Mail secure email.";
				case "Gmail iOS", "Apple Mail", "Gmail Android" -> null;
				default -> null;
			};
		}

		static String forwardNote(String language) {
			return switch (language) {
				case "fr" -> "Pour information : voici le commentaire d'Ann sur le projet.";
				case "es" -> "Para su información: este es el comentario de Ann sobre el borrador.";
				case "ru" -> "Для сведения: вот комментарий Анны к проекту.";
				case "ar" -> "للعلم: هذا تعليق آن على المسودة.";
				case "zh" -> "供参考：这是安对草案的意见。";
				case "de" -> "Zur Info: Hier ist Anns Kommentar zum Entwurf.";
				case "pt" -> "Para informação: eis o comentário da Ann sobre o projeto.";
				case "ja" -> "ご参考まで：草案に対するアンさんのコメントです。";
				default -> "FYI: here is Ann's comment on the draft.";
			};
		}

		String forwardHeader() {
			String l = this.language;
			String from = ECS + " <" + ECS_ADDRESS + ">";
			String to = ME + " <" + MY_ADDRESS + ">";
			String subject = "[ECS] Draft 3: water quality";
			return switch (this.name) {
				case "Gmail web", "Gmail Android", "Gmail iOS" -> switch (l) {
					case "fr" -> "---------- Forwarded message ---------\nDe : " + from
							+ "\nDate: mer. 18 nov. 2026 à 18:45\nSubject: " + subject + "\nTo: " + to + "\n";
					case "de" -> "---------- Weitergeleitete Nachricht ---------\nVon: " + from
							+ "\nDate: Mi., 18. Nov. 2026 um 18:45 Uhr\nSubject: " + subject + "\nTo: " + to + "\n";
					default -> "---------- Forwarded message ---------\nFrom: " + from
							+ "\nDate: Wed, Nov 18, 2026 at 6:45 PM\nSubject: " + subject + "\nTo: " + to + "\n";
				};
				case "Apple Mail", "iOS Mail" ->
					beginForwarded(l) + "\n\n" + label(l, 0) + ": " + from + "\n" + label(l, 3) + ": " + subject + "\n"
							+ label(l, 1) + ": " + appleDate(l) + "\n" + label(l, 2) + ": " + to + "\n";
				default -> headerBlockHeader(true);
			};
		}

		static String beginForwarded(String l) {
			return switch (l) {
				case "fr" -> "Début du message réexpédié :";
				case "es" -> "Inicio del mensaje reenviado:";
				case "ru" -> "Начало пересылаемого сообщения:";
				case "ar" -> "بداية الرسالة المعاد توجيهها:";
				case "zh" -> "转发的邮件：";
				case "de" -> "Anfang der weitergeleiteten Nachricht:";
				case "pt" -> "Início da mensagem reencaminhada:";
				case "ja" -> "転送されたメッセージ：";
				default -> "Begin forwarded message:";
			};
		}

		/** Header names as Outlook writes them: from, sent, to, subject. */
		static String label(String l, int which) {
			String[] names = switch (l) {
				case "fr" -> new String[] { "De", "Envoyé", "À", "Objet" };
				case "es" -> new String[] { "De", "Enviado", "Para", "Asunto" };
				case "ru" -> new String[] { "От", "Отправлено", "Кому", "Тема" };
				case "ar" -> new String[] { "من", "تم الإرسال", "إلى", "الموضوع" };
				case "zh" -> new String[] { "发件人", "发送时间", "收件人", "主题" };
				case "de" -> new String[] { "Von", "Gesendet", "An", "Betreff" };
				case "pt" -> new String[] { "De", "Enviado", "Para", "Assunto" };
				case "ja" -> new String[] { "差出人", "送信日時", "宛先", "件名" };
				default -> new String[] { "From", "Sent", "To", "Subject" };
			};
			return names[which];
		}

		static String outlookDate(String l) {
			return switch (l) {
				case "fr" -> "mercredi 18 novembre 2026 18:45";
				case "es" -> "miércoles, 18 de noviembre de 2026 18:45";
				case "ru" -> "18 ноября 2026 г. 18:45";
				case "ar" -> "الأربعاء، 18 نوفمبر، 2026 6:45 م";
				case "zh" -> "2026年11月18日 18:45";
				case "de" -> "Mittwoch, 18. November 2026 18:45";
				case "pt" -> "quarta-feira, 18 de novembro de 2026 18:45";
				case "ja" -> "2026年11月18日 18:45";
				default -> "Wednesday, November 18, 2026 6:45 PM";
			};
		}

		static String appleDate(String l) {
			return switch (l) {
				case "fr" -> "18 novembre 2026 à 18:45:00 UTC+1";
				case "es" -> "18 de noviembre de 2026, 18:45:00 CET";
				case "ru" -> "18 ноября 2026 г., 18:45:00 GMT+1";
				case "ar" -> "18 نوفمبر 2026 في 6:45:00 م GMT+1";
				case "zh" -> "2026年11月18日 GMT+1 18:45:00";
				case "de" -> "18. November 2026 um 18:45:00 MEZ";
				case "pt" -> "18 de novembro de 2026 18:45:00 CET";
				case "ja" -> "2026年11月18日 18:45:00 CET";
				default -> "November 18, 2026 at 6:45:00 PM GMT+1";
			};
		}

		/** The Outlook-like header block (with its separator line per client). */
		String headerBlockHeader(boolean forward) {
			String l = this.language;
			String from = ECS + " <" + ECS_ADDRESS + ">";
			String to = ME + " <" + MY_ADDRESS + ">";
			String subject = (forward ? "TR: " : "RE: ") + "[ECS] Draft 3: water quality";
			String block = label(l, 0) + ": " + from + "\n" + label(l, 1) + ": " + outlookDate(l) + "\n" + label(l, 2)
					+ ": " + to + "\n" + label(l, 3) + ": " + subject + "\n";
			return switch (this.name) {
				case "Outlook web", "Outlook mobile" -> "________________________________\n" + block;
				case "Samsung Email" -> "-------- " + samsungSeparator(l) + " --------\n" + block;
				case "Foxmail", "QQ Mail" -> "------------------ " + (l.equals("zh") ? "原始邮件" : "Original")
						+ " ------------------\n" + block.replace(from, "\"ECS\"<" + ECS_ADDRESS + ">;");
				case "Zimbra" -> "----- " + zimbraSeparator(l) + " -----\n" + block;
				case "Lotus Notes" -> lotus();
				default -> "-----" + outlookSeparator(l) + "-----\n" + block;
			};
		}

		static String outlookSeparator(String l) {
			return switch (l) {
				case "fr" -> "Message d'origine";
				case "es" -> "Mensaje original";
				case "ru" -> "Исходное сообщение";
				case "ar" -> "الرسالة الأصلية";
				case "zh" -> "原始邮件";
				case "de" -> "Ursprüngliche Nachricht";
				case "pt" -> "Mensagem original";
				case "ja" -> "元のメッセージ";
				default -> "Original Message";
			};
		}

		static String samsungSeparator(String l) {
			return switch (l) {
				case "fr" -> "Message d'origine";
				case "es" -> "Mensaje original";
				case "ru" -> "Исходное сообщение";
				case "ar" -> "الرسالة الأصلية";
				case "zh" -> "原始信息";
				case "de" -> "Ursprüngliche Nachricht";
				case "pt" -> "Mensagem original";
				case "ja" -> "元のメッセージ";
				default -> "Original message";
			};
		}

		static String zimbraSeparator(String l) {
			return switch (l) {
				case "fr" -> "Mail original";
				case "es" -> "Mensaje original";
				case "ru" -> "Исходное сообщение";
				case "zh" -> "原始邮件";
				case "de" -> "Ursprüngliche Mail";
				case "pt" -> "Mensagem original";
				default -> "Original Message";
			};
		}

		String lotus() {
			String l = this.language;
			String wrote = switch (l) {
				case "de" -> "schrieb";
				case "fr" -> "a écrit";
				case "es" -> "escribió";
				case "ru" -> "написал";
				case "pt" -> "escreveu";
				default -> "wrote";
			};
			return "-----" + ECS + " <" + ECS_ADDRESS + "> " + wrote + ": -----\nTo: " + MY_ADDRESS + "\nFrom: " + ECS
					+ " <" + ECS_ADDRESS + ">\nDate: 11/18/2026 06:45PM\nSubject: [ECS] Draft 3: water quality\n";
		}

		/**
		 * The attribution line (or header block) above the quote, ending in a newline.
		 */
		String attribution() {
			if (headerBlock()) {
				return headerBlockHeader(false);
			}
			String l = this.language;
			String ecs = ECS + " <" + ECS_ADDRESS + ">";
			String line = switch (this.name) {
				case "Gmail web", "Gmail Android", "Gmail iOS" -> switch (l) {
					case "fr" -> "Le mer. 18 nov. 2026 à 18:45, " + ecs + " a écrit :";
					case "es" -> "El mié, 18 nov 2026 a las 18:45, " + ECS + " (<" + ECS_ADDRESS + ">) escribió:";
					case "ru" -> "ср, 18 нояб. 2026 г. в 18:45, " + ecs + ":";
					case "ar" -> "في الأربعاء، 18 نوفمبر 2026 في 6:45 م تمت كتابة ما يلي بواسطة " + ecs + ":";
					case "zh" -> ecs + " 于2026年11月18日周三 18:45写道：";
					case "de" -> "Am Mi., 18. Nov. 2026 um 18:45 Uhr schrieb " + ecs + ":";
					case "pt" -> "Em qua., 18 de nov. de 2026 às 18:45, " + ecs + " escreveu:";
					case "ja" -> "2026年11月18日(水) 18:45 " + ecs + ":";
					default -> "On Wed, Nov 18, 2026 at 6:45 PM " + ecs + " wrote:";
				};
				case "Apple Mail", "iOS Mail" -> switch (l) {
					case "fr" -> "Le 18 nov. 2026 à 18:45, " + ecs + " a écrit :";
					case "es" -> "El 18 nov 2026, a las 18:45, " + ecs + " escribió:";
					case "ru" -> "18 нояб. 2026 г., в 18:45, " + ecs + " написал(а):";
					case "ar" -> "في 18 نوفمبر 2026، الساعة 6:45 م، كتب " + ecs + ":";
					case "zh" -> "2026年11月18日 18:45，" + ecs + " 写道：";
					case "de" -> "Am 18.11.2026 um 18:45 schrieb " + ecs + ":";
					case "pt" -> "Em 18 de nov. de 2026, à(s) 18:45, " + ecs + " escreveu:";
					case "ja" -> "2026/11/18 18:45、" + ecs + "のメール:";
					default -> "On Nov 18, 2026, at 18:45, " + ecs + " wrote:";
				};
				case "Thunderbird" -> switch (l) {
					case "fr" -> "Le 18/11/2026 à 18:45, ECS a écrit :";
					case "es" -> "El 18/11/26 a las 18:45, ECS escribió:";
					case "ru" -> "18.11.2026 18:45, ECS пишет:";
					case "ar" -> "في 18/11/2026 18:45، كتب ECS:";
					case "zh" -> "在 2026/11/18 18:45, ECS 写道:";
					case "de" -> "Am 18.11.26 um 18:45 schrieb ECS:";
					case "pt" -> "Em 18/11/2026 18:45, ECS escreveu:";
					case "ja" -> "On 2026/11/18 18:45, ECS wrote:";
					default -> "On 18/11/2026 18:45, ECS wrote:";
				};
				case "Yahoo web" -> switch (l) {
					case "fr" -> "Le mercredi 18 novembre 2026 à 18:45:00 UTC+1, " + ecs + " a écrit :";
					case "es" -> "El miércoles, 18 de noviembre de 2026, 18:45:00 CET, " + ecs + " escribió:";
					case "ru" -> "среда, 18 ноября 2026 г., 18:45:00 GMT+3, " + ecs + " написал(-а):";
					case "ar" -> "في الأربعاء، 18 نوفمبر 2026، 06:45:00 م GMT+3، كتب " + ecs + ":";
					case "zh" -> "在 2026年11月18日星期三 GMT+8 18:45:00，" + ecs + " 写道：";
					case "de" ->
						"Am Mittwoch, 18. November 2026 um 18:45:00 MEZ hat " + ecs + " Folgendes geschrieben:";
					case "pt" -> "Em quarta-feira, 18 de novembro de 2026 18:45:00 BRT, " + ecs + " escreveu:";
					case "ja" -> "2026年11月18日水曜日 18:45:00 JST、" + ecs + " のメッセージ:";
					default -> "On Wednesday, November 18, 2026 at 06:45:00 PM GMT+1, " + ecs + " wrote:";
				};
				case "Yahoo Android" -> switch (l) {
					case "fr" -> "Le mer., nov. 18, 2026 à 18:45, ECS<" + ECS_ADDRESS + "> a écrit :";
					case "es" -> "El mié., nov. 18, 2026 a las 18:45, ECS<" + ECS_ADDRESS + "> escribió:";
					case "de" -> "Am Mi., Nov. 18, 2026 at 18:45 schrieb ECS<" + ECS_ADDRESS + ">:";
					case "pt" -> "Em qua., nov. 18, 2026 às 18:45, ECS<" + ECS_ADDRESS + "> escreveu:";
					default -> "On Wed, Nov 18, 2026 at 18:45, ECS<" + ECS_ADDRESS + "> wrote:";
				};
				case "The Bat!" -> switch (l) {
					case "ru" -> "Вы писали 18 ноября 2026 г., 18:45:";
					case "de" -> "Sie schrieben am 18. November 2026, 18:45:";
					case "fr" -> "Vous avez écrit le 18 novembre 2026, 18:45:";
					default -> "Wednesday, November 18, 2026, 6:45:00 PM, you wrote:";
				};
				case "Yandex" -> "18.11.2026, 18:45, \"ECS\" <" + ECS_ADDRESS + ">:";
				case "Mail.ru" -> switch (l) {
					case "ru" -> "Среда, 18 ноября 2026, 18:45 +03:00 от " + ecs + ":";
					default -> "Wednesday, 18 November 2026, 18:45 +03:00 from " + ecs + ":";
				};
				case "Proton" -> switch (l) {
					case "fr" -> "Le mercredi 18 novembre 2026 à 18:45, " + ecs + " a écrit :";
					case "es" -> "El miércoles, 18 de noviembre de 2026 a las 18:45, " + ecs + " escribió:";
					case "de" -> "Am Mittwoch, 18. November 2026 um 18:45 schrieb " + ecs + ":";
					default -> "On Wednesday, November 18th, 2026 at 6:45 PM, " + ecs + " wrote:";
				};
				case "Zimbra" -> switch (l) {
					case "fr" -> "----- Mail original -----\nDe: \"ECS\" <" + ECS_ADDRESS + ">\nÀ: \"" + ME + "\" <"
							+ MY_ADDRESS + ">\nEnvoyé: Mercredi 18 Novembre 2026 18:45:00\nObjet: [ECS] Draft 3";
					case "de" -> "----- Ursprüngliche Mail -----\nVon: \"ECS\" <" + ECS_ADDRESS + ">\nAn: \"" + ME
							+ "\" <" + MY_ADDRESS
							+ ">\nGesendet: Mittwoch, 18. November 2026 18:45:00\nBetreff: [ECS] Draft 3";
					default -> "----- Original Message -----\nFrom: \"ECS\" <" + ECS_ADDRESS + ">\nTo: \"" + ME + "\" <"
							+ MY_ADDRESS + ">\nSent: Wednesday, November 18, 2026 6:45:00 PM\nSubject: [ECS] Draft 3";
				};
				case "Roundcube" -> switch (l) {
					case "fr" -> "Le 2026-11-18 18:45, ECS a écrit :";
					case "es" -> "El 2026-11-18 18:45, ECS escribió:";
					case "ru" -> "ECS писал 2026-11-18 18:45:";
					case "ar" -> "في 2026-11-18 18:45، كتب ECS:";
					case "zh" -> "在 2026-11-18 18:45，ECS 写道：";
					case "de" -> "Am 2026-11-18 18:45, schrieb ECS:";
					case "pt" -> "Em 2026-11-18 18:45, ECS escreveu:";
					case "ja" -> "2026-11-18 18:45 に ECS さんは書きました:";
					default -> "On 2026-11-18 18:45, ECS wrote:";
				};
				default -> "On Wed, Nov 18, 2026 at 6:45 PM " + ecs + " wrote:";
			};
			return line + "\n";
		}

	}

	/**
	 * @param knowingSent whether the trimmer is told what ECS sent, as the gateway tells
	 * it
	 */
	public static Score score(ReplyTrimmer trimmer, boolean knowingSent) {
		Score score = new Score();
		for (Case c : all()) {
			List<String> sent = knowingSent ? List.of(c.notification()) : List.of();
			TrimmedReply trimmed = (c.text() != null) ? trimmer.trim(c.text(), sent) : trimmer.trimHtml(c.html(), sent);
			score.add(c, normalise(trimmed.replyWithoutSignature()), normalise(c.expected()));
		}
		return score;
	}

	/** METRICS.md: NFC, no BOM, no trailing spaces, 3+ blank lines collapsed, trimmed. */
	static String normalise(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\uFEFF", "").replace("\r\n", "\n");
		return nfc.replaceAll("(?m)[ \\t\\u00A0]+$", "").replaceAll("\\n{4,}", "\n\n\n").strip();
	}

	/** Exact matches per client, language and shape. */
	public static final class Score {

		private final Map<String, int[]> byClient = new TreeMap<>();

		private final Map<String, int[]> byLanguage = new TreeMap<>();

		private final Map<String, int[]> byShape = new TreeMap<>();

		private final List<String> misses = new ArrayList<>();

		private int cases;

		private int exact;

		void add(Case c, String actual, String expected) {
			boolean ok = actual.equals(expected);
			this.cases++;
			this.exact += ok ? 1 : 0;
			count(this.byClient, c.client(), ok);
			count(this.byLanguage, c.language(), ok);
			count(this.byShape, c.shape(), ok);
			if (!ok) {
				this.misses.add(c.name() + "\n  expected: " + expected.replace("\n", "⏎") + "\n  actual:   "
						+ actual.replace("\n", "⏎"));
			}
		}

		private static void count(Map<String, int[]> counts, String key, boolean ok) {
			int[] n = counts.computeIfAbsent(key, (k) -> new int[2]);
			n[0] += ok ? 1 : 0;
			n[1]++;
		}

		public int cases() {
			return this.cases;
		}

		public double rate() {
			return (double) this.exact / this.cases;
		}

		public String misses(int limit) {
			return String.join("\n", this.misses.subList(0, Math.min(limit, this.misses.size())));
		}

		List<String> allMisses() {
			return this.misses;
		}

		public String table() {
			StringBuilder table = new StringBuilder();
			table.append(String.format("generated client replies: %d/%d exact (%.1f%%)%n", this.exact, this.cases,
					100 * rate()));
			Function<Map<String, int[]>, String> rows = (counts) -> {
				StringBuilder out = new StringBuilder();
				counts.forEach((key, n) -> out
					.append(String.format("  %-16s %4d/%-4d %6.1f%%%n", key, n[0], n[1], 100.0 * n[0] / n[1])));
				return out.toString();
			};
			table.append("per client:\n").append(rows.apply(this.byClient));
			table.append("per language:\n").append(rows.apply(this.byLanguage));
			table.append("per shape:\n").append(rows.apply(this.byShape));
			return table.toString();
		}

	}

}
