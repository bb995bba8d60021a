package org.ecs.gateways.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A second set of generated replies to an ECS notification, wider than
 * {@link ClientReplies} in languages (the six UN languages, traditional Chinese, German,
 * Portuguese, Japanese, Korean, Hindi, Indonesian, Vietnamese, Persian, Turkish,
 * Ukrainian, Polish, Italian) and clients (Outlook desktop and web with their localized
 * header blocks, Gmail, Apple Mail, iOS Mail, Thunderbird, Yahoo, Mail.ru, Yandex, QQ
 * Mail, NetEase, Lotus Notes, GroupWise, Zimbra, Samsung Email), each written as the
 * client writes it in that language: attribution lines as the clients localize them (with
 * the bidirectional marks Gmail puts around right-to-left ones, Persian digits), header
 * blocks, separators, HTML structure, phone footers. The shapes: top-posted,
 * bottom-posted, inline answers, HTML only, no quote at all, a text that itself holds a
 * date and the language's "wrote", a forward. A delegate's notification is in the UN
 * language they chose, their mail client in their own: the notification is English for
 * languages ECS does not send in. Nothing here is copied from a corpus.
 */
final class WorldReplies {

	static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "ar", "zh", "zh-TW", "de", "pt", "ja", "ko",
			"hi", "id", "vi", "fa", "tr", "uk", "pl", "it");

	static final List<String> CLIENTS = List.of("Outlook desktop", "Outlook web", "Gmail", "Apple Mail", "iOS Mail",
			"Thunderbird", "Yahoo", "Mail.ru", "Yandex", "QQ Mail", "NetEase", "Lotus Notes", "GroupWise", "Zimbra",
			"Samsung Email");

	/** The languages a client is used in (its UI languages among ours); null: all. */
	private static final Map<String, Set<String>> CLIENT_LANGUAGES = Map.of("Mail.ru", Set.of("ru", "uk", "en"),
			"Yandex", Set.of("ru", "uk", "tr", "en"), "QQ Mail", Set.of("zh", "zh-TW", "en"), "NetEase",
			Set.of("zh", "en"), "Lotus Notes", Set.of("en", "de", "fr", "es", "it", "ja", "pt"), "GroupWise",
			Set.of("en", "de", "fr", "es", "pt", "ru", "pl"));

	private static final String ECS = ClientReplies.ECS;

	private static final String ADDRESS = ClientReplies.ECS_ADDRESS;

	private static final String ECS_FULL = ECS + " <" + ADDRESS + ">";

	private static final String ME = ClientReplies.ME + " <" + ClientReplies.MY_ADDRESS + ">";

	private static final String SUBJECT = "[ECS] Draft 3: water quality";

	/** Gmail wraps a right-to-left attribution in these. */
	private static final String RLE = "\u202B";

	private static final String PDF = "\u202C";

	private WorldReplies() {
	}

	static List<ClientReplies.Case> all() {
		List<ClientReplies.Case> cases = new ArrayList<>();
		for (String language : LANGUAGES) {
			String notification = ClientReplies.notification(notificationLanguage(language));
			for (String client : CLIENTS) {
				Set<String> languages = CLIENT_LANGUAGES.get(client);
				if (languages == null || languages.contains(language)) {
					new Client(client, language, notification).cases(cases);
				}
			}
		}
		return cases;
	}

	static ClientReplies.Score score(ReplyTrimmer trimmer) {
		ClientReplies.Score score = new ClientReplies.Score();
		for (ClientReplies.Case c : all()) {
			List<String> sent = List.of(c.notification());
			TrimmedReply trimmed = (c.text() != null) ? trimmer.trim(c.text(), sent) : trimmer.trimHtml(c.html(), sent);
			score.add(c, ClientReplies.normalise(trimmed.replyWithoutSignature()),
					ClientReplies.normalise(c.expected()));
		}
		return score;
	}

	/** ECS writes in the six UN languages; a delegate of another chose one of them. */
	static String notificationLanguage(String language) {
		return switch (language) {
			case "fr", "es", "ru", "ar", "zh" -> language;
			case "zh-TW" -> "zh";
			default -> "en";
		};
	}

	static String answer(String l) {
		return switch (l) {
			case "zh-TW" -> "您好，\n\n我支持這項提議。我們可以在2027年新監測站啟用後\n再審查這些數值。\n\n謝謝大家的努力。";
			case "ko" -> "안녕하세요,\n\n이 제안을 지지합니다. 새 측정소가 가동되는 2027년에\n수치를 다시 검토할 수 있을 것입니다.\n\n수고에 감사드립니다.";
			case "hi" ->
				"नमस्ते,\n\nमैं इस प्रस्ताव का समर्थन करता हूँ। नए स्टेशन चालू होने पर हम 2027 में\nमानों की समीक्षा कर सकते हैं।\n\nइस काम के लिए धन्यवाद।";
			case "id" -> "Halo,\n\nSaya mendukung usulan ini. Kita dapat meninjau nilai-nilai itu pada 2027,\n"
					+ "setelah stasiun baru beroperasi.\n\nTerima kasih atas kerjanya.";
			case "vi" -> "Xin chào,\n\nTôi ủng hộ đề xuất này. Chúng ta có thể xem xét lại các giá trị vào năm 2027,\n"
					+ "khi các trạm mới đi vào hoạt động.\n\nCảm ơn mọi người.";
			case "fa" -> "سلام،\n\nاز این پیشنهاد حمایت می‌کنم. می‌توانیم مقادیر را در سال ۲۰۲۷\n"
					+ "پس از راه‌اندازی ایستگاه‌های جدید بازبینی کنیم.\n\nبا تشکر از زحمات شما.";
			case "tr" -> "Merhaba,\n\nBu öneriyi destekliyorum. Yeni istasyonlar çalışmaya başladığında\n"
					+ "değerleri 2027'de gözden geçirebiliriz.\n\nEmeğiniz için teşekkürler.";
			case "uk" -> "Добрий день!\n\nПідтримую цю пропозицію. Значення можна переглянути у 2027 році,\n"
					+ "коли запрацюють нові станції.\n\nДякую за роботу.";
			case "pl" -> "Dzień dobry,\n\nPopieram tę propozycję. Wartości moglibyśmy zweryfikować w 2027 roku,\n"
					+ "gdy nowe stacje zaczną działać.\n\nDziękuję za pracę.";
			case "it" -> "Buongiorno,\n\nSostengo questa proposta. Potremmo rivedere i valori nel 2027,\n"
					+ "quando le nuove stazioni saranno in funzione.\n\nGrazie per il lavoro.";
			default -> ClientReplies.answer(l);
		};
	}

	/** The author's own text holding a date and the language's "wrote": kept whole. */
	static String dateAndWrote(String l) {
		return switch (l) {
			case "fr" -> "Le 18 novembre 2026, Ann a écrit que les stations ne sont pas prêtes.\n"
					+ "Je suis d'accord : attendons le 15 décembre 2026.";
			case "es" -> "El 18 de noviembre de 2026 Ann escribió que las estaciones no están listas.\n"
					+ "Estoy de acuerdo: esperemos hasta el 15 de diciembre de 2026.";
			case "ru" ->
				"18 ноября 2026 г. Анна написала, что станции не готовы.\nСогласен: подождём до 15 декабря 2026 г.";
			case "ar" -> "في 18 نوفمبر 2026 كتبت آن أن المحطات ليست جاهزة.\nأوافق: لننتظر حتى 15 ديسمبر 2026.";
			case "zh" -> "安在2026年11月18日写道，监测站还没有准备好。\n我同意：等到2026年12月15日再说。";
			case "zh-TW" -> "安在2026年11月18日寫道，監測站還沒有準備好。\n我同意：等到2026年12月15日再說。";
			case "de" -> "Am 18. November 2026 schrieb Ann, dass die Stationen nicht bereit sind.\n"
					+ "Ich stimme zu: Warten wir bis zum 15. Dezember 2026.";
			case "pt" -> "Em 18 de novembro de 2026, Ann escreveu que as estações não estão prontas.\n"
					+ "Concordo: esperemos até 15 de dezembro de 2026.";
			case "ja" -> "2026年11月18日にアンさんが書きましたが、測定所はまだ準備ができていません。\n賛成です：2026年12月15日まで待ちましょう。";
			case "ko" -> "2026년 11월 18일에 앤이 작성한 글에 따르면 측정소가 준비되지 않았습니다.\n동의합니다: 2026년 12월 15일까지 기다립시다.";
			case "hi" ->
				"18 नवंबर 2026 को ऐन ने लिखा कि स्टेशन तैयार नहीं हैं।\nमैं सहमत हूँ: 15 दिसंबर 2026 तक प्रतीक्षा करें।";
			case "id" -> "Pada 18 November 2026 Ann menulis bahwa stasiun belum siap.\n"
					+ "Saya setuju: mari kita tunggu sampai 15 Desember 2026.";
			case "vi" -> "Vào ngày 18 tháng 11 năm 2026, Ann đã viết rằng các trạm chưa sẵn sàng.\n"
					+ "Tôi đồng ý: hãy chờ đến ngày 15 tháng 12 năm 2026.";
			case "fa" -> "در ۱۸ نوامبر ۲۰۲۶ آن نوشت که ایستگاه‌ها آماده نیستند.\nموافقم: تا ۱۵ دسامبر ۲۰۲۶ صبر کنیم.";
			case "tr" -> "Ann 18 Kasım 2026 tarihinde istasyonların hazır olmadığını yazdı.\n"
					+ "Katılıyorum: 15 Aralık 2026'ya kadar bekleyelim.";
			case "uk" ->
				"18 листопада 2026 р. Анна написала, що станції не готові.\nПогоджуюся: зачекаймо до 15 грудня 2026 р.";
			case "pl" -> "W dniu 18 listopada 2026 Ann napisała, że stacje nie są gotowe.\n"
					+ "Zgadzam się: poczekajmy do 15 grudnia 2026.";
			case "it" -> "Il 18 novembre 2026 Ann ha scritto che le stazioni non sono pronte.\n"
					+ "Sono d'accordo: aspettiamo fino al 15 dicembre 2026.";
			default -> "On 18 November 2026 Ann wrote that the stations are not ready.\n"
					+ "I agree with her: let us wait until 15 December 2026.";
		};
	}

	static String[] inlineAnswers(String l) {
		return switch (l) {
			case "zh-TW" -> new String[] { "原則上同意。", "但截止日期太近了。" };
			case "ko" -> new String[] { "원칙적으로 동의합니다.", "하지만 마감일이 너무 가깝습니다." };
			case "hi" -> new String[] { "सिद्धांत रूप में सहमत।", "लेकिन समय सीमा बहुत करीब है।" };
			case "id" -> new String[] { "Pada prinsipnya setuju.", "Tetapi tenggat waktunya terlalu dekat." };
			case "vi" -> new String[] { "Về nguyên tắc thì đồng ý.", "Nhưng hạn chót quá gần." };
			case "fa" -> new String[] { "در اصل موافقم.", "اما مهلت خیلی نزدیک است." };
			case "tr" -> new String[] { "Prensipte katılıyorum.", "Ama son tarih çok yakın." };
			case "uk" -> new String[] { "У принципі згоден.", "Але термін надто короткий." };
			case "pl" -> new String[] { "Co do zasady się zgadzam.", "Ale termin jest zbyt bliski." };
			case "it" -> new String[] { "D'accordo in linea di principio.", "Ma la scadenza è troppo vicina." };
			default -> ClientReplies.inlineAnswers(l);
		};
	}

	static String forwardNote(String l) {
		return switch (l) {
			case "zh-TW" -> "供參考：這是安對草案的意見。";
			case "ko" -> "참고하세요: 초안에 대한 앤의 의견입니다.";
			case "hi" -> "जानकारी के लिए: मसौदे पर ऐन की टिप्पणी।";
			case "id" -> "Sebagai informasi: ini komentar Ann tentang rancangan.";
			case "vi" -> "Để biết: đây là nhận xét của Ann về bản dự thảo.";
			case "fa" -> "جهت اطلاع: این نظر آن درباره پیش‌نویس است.";
			case "tr" -> "Bilginize: Ann'in taslak hakkındaki yorumu.";
			case "uk" -> "До відома: ось коментар Анни до проєкту.";
			case "pl" -> "Do wiadomości: oto komentarz Ann do projektu.";
			case "it" -> "Per conoscenza: ecco il commento di Ann sulla bozza.";
			default -> ClientReplies.Client.forwardNote(l);
		};
	}

	/** Outlook's header names: from, sent, to, subject. */
	static String[] outlookLabels(String l) {
		return switch (l) {
			case "fr" -> new String[] { "De :", "Envoyé :", "À :", "Objet :" };
			case "es" -> new String[] { "De:", "Enviado el:", "Para:", "Asunto:" };
			case "ru" -> new String[] { "От:", "Отправлено:", "Кому:", "Тема:" };
			case "ar" -> new String[] { "من:", "تم الإرسال:", "إلى:", "الموضوع:" };
			case "zh" -> new String[] { "发件人:", "发送时间:", "收件人:", "主题:" };
			case "zh-TW" -> new String[] { "寄件者:", "寄件日期:", "收件者:", "主旨:" };
			case "de" -> new String[] { "Von:", "Gesendet:", "An:", "Betreff:" };
			case "pt" -> new String[] { "De:", "Enviado:", "Para:", "Assunto:" };
			case "ja" -> new String[] { "差出人:", "送信日時:", "宛先:", "件名:" };
			case "ko" -> new String[] { "보낸 사람:", "보낸 날짜:", "받는 사람:", "제목:" };
			case "hi" -> new String[] { "प्रेषक:", "भेजा गया:", "प्रति:", "विषय:" };
			case "id" -> new String[] { "Dari:", "Dikirim:", "Kepada:", "Subjek:" };
			case "vi" -> new String[] { "Từ:", "Đã gửi:", "Đến:", "Chủ đề:" };
			case "fa" -> new String[] { "از:", "ارسال شده:", "به:", "موضوع:" };
			case "tr" -> new String[] { "Kimden:", "Gönderildi:", "Kime:", "Konu:" };
			case "uk" -> new String[] { "Від:", "Надіслано:", "Кому:", "Тема:" };
			case "pl" -> new String[] { "Od:", "Wysłano:", "Do:", "Temat:" };
			case "it" -> new String[] { "Da:", "Inviato:", "A:", "Oggetto:" };
			default -> new String[] { "From:", "Sent:", "To:", "Subject:" };
		};
	}

	static String outlookDate(String l) {
		return switch (l) {
			case "fr" -> "mercredi 18 novembre 2026 18:45";
			case "es" -> "miércoles, 18 de noviembre de 2026 18:45";
			case "ru" -> "среда, 18 ноября 2026 г. 18:45";
			case "ar" -> "الأربعاء، 18 نوفمبر، 2026 6:45 م";
			case "zh", "ja" -> "2026年11月18日 18:45";
			case "zh-TW" -> "2026年11月18日 下午 06:45";
			case "de" -> "Mittwoch, 18. November 2026 18:45";
			case "pt" -> "quarta-feira, 18 de novembro de 2026 18:45";
			case "ko" -> "2026년 11월 18일 수요일 오후 6:45";
			case "hi" -> "बुधवार, 18 नवंबर 2026 6:45 अपराह्न";
			case "id" -> "Rabu, 18 November 2026 18.45";
			case "vi" -> "Thứ Tư, ngày 18 tháng 11 năm 2026 18:45";
			case "fa" -> "چهارشنبه، ۱۸ نوامبر ۲۰۲۶ ۱۸:۴۵";
			case "tr" -> "18 Kasım 2026 Çarşamba 18:45";
			case "uk" -> "18 листопада 2026 р. 18:45";
			case "pl" -> "środa, 18 listopada 2026 18:45";
			case "it" -> "mercoledì 18 novembre 2026 18:45";
			default -> "Wednesday, November 18, 2026 6:45 PM";
		};
	}

	/** Samsung Email's separator and header names: from, date, to, subject. */
	static String[] samsung(String l) {
		return switch (l) {
			case "fr" -> new String[] { "Message d'origine", "De :", "Date :", "À :", "Objet :" };
			case "es" -> new String[] { "Mensaje original", "De:", "Fecha:", "Para:", "Asunto:" };
			case "ru" -> new String[] { "Исходное сообщение", "От:", "Дата:", "Кому:", "Тема:" };
			case "ar" -> new String[] { "الرسالة الأصلية", "من:", "التاريخ:", "إلى:", "الموضوع:" };
			case "zh" -> new String[] { "原始信息", "由：", "日期：", "至：", "主题：" };
			case "zh-TW" -> new String[] { "原始郵件", "寄件者：", "日期：", "收件者：", "主旨：" };
			case "de" -> new String[] { "Ursprüngliche Nachricht", "Von:", "Datum:", "An:", "Betreff:" };
			case "pt" -> new String[] { "Mensagem original", "De:", "Data:", "Para:", "Assunto:" };
			case "ja" -> new String[] { "オリジナルメッセージ", "送信元：", "日付：", "宛先：", "件名：" };
			case "ko" -> new String[] { "원본 이메일", "발신:", "날짜:", "수신:", "제목:" };
			case "hi" -> new String[] { "मूल संदेश", "प्रेषक:", "दिनांक:", "प्रति:", "विषय:" };
			case "id" -> new String[] { "Pesan asli", "Dari:", "Tanggal:", "Ke:", "Subjek:" };
			case "vi" -> new String[] { "Thư gốc", "Từ:", "Ngày:", "Đến:", "Chủ đề:" };
			case "fa" -> new String[] { "پیام اصلی", "از:", "تاریخ:", "به:", "موضوع:" };
			case "tr" -> new String[] { "Orijinal mesaj", "Kimden:", "Tarih:", "Kime:", "Konu:" };
			case "uk" -> new String[] { "Оригінальне повідомлення", "Від:", "Дата:", "Кому:", "Тема:" };
			case "pl" -> new String[] { "Oryginalna wiadomość", "Od:", "Data:", "Do:", "Temat:" };
			case "it" -> new String[] { "Messaggio originale", "Da:", "Data:", "A:", "Oggetto:" };
			default -> new String[] { "Original message", "From:", "Date:", "To:", "Subject:" };
		};
	}

	/** Zimbra's separator and header names: from, to, sent, subject. */
	static String[] zimbra(String l) {
		return switch (l) {
			case "fr" -> new String[] { "Mail original", "De:", "À:", "Envoyé:", "Objet:" };
			case "es" -> new String[] { "Mensaje original", "De:", "Para:", "Enviado:", "Asunto:" };
			case "ru" -> new String[] { "Исходное сообщение", "От:", "Кому:", "Отправленные:", "Тема:" };
			case "zh", "zh-TW" -> new String[] { "原始邮件", "发件人:", "收件人:", "发送时间:", "主题:" };
			case "de" -> new String[] { "Ursprüngliche Mail", "Von:", "An:", "Gesendet:", "Betreff:" };
			case "pt" -> new String[] { "Mensagem original", "De:", "Para:", "Enviadas:", "Assunto:" };
			case "ja" -> new String[] { "元のメッセージ", "差出人:", "宛先:", "送信済み:", "件名:" };
			case "ko" -> new String[] { "원본 메시지", "보낸 사람:", "받는 사람:", "보냄:", "제목:" };
			case "it" -> new String[] { "Messaggio originale", "Da:", "A:", "Inviato:", "Oggetto:" };
			case "pl" -> new String[] { "Oryginalna wiadomość", "Od:", "Do:", "Wysłane:", "Temat:" };
			case "tr" -> new String[] { "Orijinal Mesaj", "Kimden:", "Kime:", "Gönderilenler:", "Konu:" };
			case "uk" -> new String[] { "Оригінальне повідомлення", "Від:", "Кому:", "Надіслано:", "Тема:" };
			case "id" -> new String[] { "Pesan Asli", "Dari:", "Kepada:", "Terkirim:", "Subjek:" };
			case "vi" -> new String[] { "Thư gốc", "Từ:", "Đến:", "Đã gửi:", "Chủ đề:" };
			default -> new String[] { "Original Message", "From:", "To:", "Sent:", "Subject:" };
		};
	}

	static String gmail(String l) {
		return switch (l) {
			case "fr" -> "Le mer. 18 nov. 2026 à 18:45, " + ECS_FULL + " a écrit :";
			case "es" -> "El mié, 18 nov 2026 a las 18:45, " + ECS + " (<" + ADDRESS + ">) escribió:";
			case "ru" -> "ср, 18 нояб. 2026 г. в 18:45, " + ECS_FULL + ":";
			case "ar" -> RLE + "في الأربعاء، 18 نوفمبر 2026 في 6:45 م، كتب " + ECS_FULL + ":" + PDF;
			case "zh" -> ECS_FULL + " 于2026年11月18日周三 18:45写道：";
			case "zh-TW" -> ECS_FULL + " 於 2026年11月18日 週三 下午6:45寫道：";
			case "de" -> "Am Mi., 18. Nov. 2026 um 18:45 Uhr schrieb " + ECS_FULL + ":";
			case "pt" -> "Em qua., 18 de nov. de 2026 às 18:45, " + ECS_FULL + " escreveu:";
			case "ja" -> "2026年11月18日(水) 18:45 " + ECS_FULL + ":";
			case "ko" -> "2026년 11월 18일 (수) 오후 6:45, " + ECS_FULL + "님이 작성:";
			case "hi" -> "बुध, 18 नव॰ 2026 को 6:45 pm बजे " + ECS_FULL + " ने लिखा:";
			case "id" -> "Pada tanggal Rab, 18 Nov 2026 pukul 18.45 " + ECS_FULL + " menulis:";
			case "vi" -> "Vào Th 4, 18 thg 11, 2026 vào lúc 18:45 " + ECS_FULL + " đã viết:";
			case "fa" -> RLE + "در تاریخ چهارشنبه ۱۸ نوامبر ۲۰۲۶ ساعت ۱۸:۴۵ " + ECS_FULL + " نوشت:" + PDF;
			case "tr" -> ECS_FULL + ", 18 Kas 2026 Çar, 18:45 tarihinde şunu yazdı:";
			case "uk" -> "ср, 18 лист. 2026 р. о 18:45 " + ECS_FULL + " пише:";
			case "pl" -> "śr., 18 lis 2026 o 18:45 " + ECS_FULL + " napisał(a):";
			case "it" -> "Il giorno mer 18 nov 2026 alle ore 18:45 " + ECS_FULL + " ha scritto:";
			default -> "On Wed, Nov 18, 2026 at 6:45 PM " + ECS_FULL + " wrote:";
		};
	}

	static String apple(String l) {
		return switch (l) {
			case "fr" -> "Le 18 nov. 2026 à 18:45, " + ECS_FULL + " a écrit :";
			case "es" -> "El 18 nov 2026, a las 18:45, " + ECS_FULL + " escribió:";
			case "ru" -> "18 нояб. 2026 г., в 18:45, " + ECS_FULL + " написал(а):";
			case "ar" -> "في 18 نوفمبر 2026، الساعة 6:45 م، كتب " + ECS_FULL + ":";
			case "zh" -> "2026年11月18日 18:45，" + ECS_FULL + " 写道：";
			case "zh-TW" -> ECS_FULL + " 於 2026年11月18日 下午6:45 寫道：";
			case "de" -> "Am 18.11.2026 um 18:45 schrieb " + ECS_FULL + ":";
			case "pt" -> "Em 18 de nov. de 2026, à(s) 18:45, " + ECS_FULL + " escreveu:";
			case "ja" -> "2026/11/18 18:45、" + ECS_FULL + "のメール:";
			case "ko" -> "2026. 11. 18. 오후 6:45, " + ECS_FULL + " 작성:";
			case "hi" -> "18 नव॰ 2026 को 6:45 pm पर, " + ECS_FULL + " ने लिखा:";
			case "id" -> "Pada 18 Nov 2026, pukul 18.45, " + ECS_FULL + " menulis:";
			case "vi" -> "Vào 18:45, ngày 18 thg 11, 2026, " + ECS_FULL + " đã viết:";
			case "fa" -> "در ۱۸ نوامبر ۲۰۲۶، ساعت ۱۸:۴۵، " + ECS_FULL + " نوشت:";
			case "tr" -> "18 Kas 2026 tarihinde 18:45 saatinde, " + ECS_FULL + " şunları yazdı:";
			case "uk" -> "18 лист. 2026 р. о 18:45 " + ECS_FULL + " написав(ла):";
			case "pl" -> "Wiadomość napisana przez " + ECS_FULL + " w dniu 18.11.2026, o godz. 18:45:";
			case "it" -> "Il giorno 18 nov 2026, alle ore 18:45, " + ECS_FULL + " ha scritto:";
			default -> "On Nov 18, 2026, at 18:45, " + ECS_FULL + " wrote:";
		};
	}

	static String thunderbird(String l) {
		return switch (l) {
			case "fr" -> "Le 18/11/2026 à 18:45, ECS a écrit :";
			case "es" -> "El 18/11/26 a las 18:45, ECS escribió:";
			case "ru" -> "18.11.2026 18:45, ECS пишет:";
			case "ar" -> "في 18/11/2026 18:45، كتب ECS:";
			case "zh" -> "在 2026/11/18 18:45, ECS 写道:";
			case "zh-TW" -> "ECS 於 2026/11/18 18:45 寫道:";
			case "de" -> "Am 18.11.26 um 18:45 schrieb ECS:";
			case "pt" -> "Em 18/11/2026 18:45, ECS escreveu:";
			case "ko" -> "2026. 11. 18. 오후 6:45에 ECS 이(가) 쓴 글:";
			case "id" -> "Pada 18/11/26 18.45, ECS menulis:";
			case "vi" -> "Vào 18/11/2026 18:45, ECS đã viết:";
			case "fa" -> "در ۱۸/۱۱/۲۰۲۶ ساعت ۱۸:۴۵، ECS نوشت:";
			case "tr" -> "18.11.2026 18:45 tarihinde ECS yazdı:";
			case "uk" -> "18.11.26 18:45, ECS пише:";
			case "pl" -> "W dniu 18.11.2026 o 18:45, ECS pisze:";
			case "it" -> "Il 18/11/26 18:45, ECS ha scritto:";
			case "ja" -> "On 2026/11/18 18:45, ECS wrote:";
			default -> "On 18/11/2026 18:45, ECS wrote:";
		};
	}

	static String yahoo(String l) {
		return switch (l) {
			case "fr" -> "Le mercredi 18 novembre 2026 à 18:45:00 UTC+1, " + ECS_FULL + " a écrit :";
			case "es" -> "El miércoles, 18 de noviembre de 2026, 18:45:00 CET, " + ECS_FULL + " escribió:";
			case "ru" -> "среда, 18 ноября 2026 г., 18:45:00 GMT+3, " + ECS_FULL + " написал(-а):";
			case "ar" -> "في الأربعاء، 18 نوفمبر 2026، 06:45:00 م GMT+3، كتب " + ECS_FULL + ":";
			case "zh" -> "在 2026年11月18日星期三 GMT+8 18:45:00，" + ECS_FULL + " 写道：";
			case "zh-TW" -> ECS_FULL + " 於 2026年11月18日星期三 下午6:45:00 [GMT+8] 寫道：";
			case "de" -> "Am Mittwoch, 18. November 2026 um 18:45:00 MEZ hat " + ECS_FULL + " Folgendes geschrieben:";
			case "pt" -> "Em quarta-feira, 18 de novembro de 2026 18:45:00 BRT, " + ECS_FULL + " escreveu:";
			case "ja" -> "2026年11月18日水曜日 18:45:00 JST、" + ECS_FULL + " のメッセージ:";
			case "id" -> "Pada Rabu, 18 November 2026 18.45.00 WIB, " + ECS_FULL + " menulis:";
			case "vi" -> "Vào Thứ Tư, 18 tháng 11, 2026 lúc 18:45:00 GMT+7, " + ECS_FULL + " đã viết:";
			case "tr" -> "18 Kasım 2026 Çarşamba 18:45:00 GMT+3 tarihinde " + ECS_FULL + " şunu yazdı:";
			case "pl" -> "W środę, 18 listopada 2026 18:45:00 CET, " + ECS_FULL + " napisał(a):";
			case "it" -> "Il mercoledì 18 novembre 2026, 18:45:00 CET, " + ECS_FULL + " ha scritto:";
			default -> "On Wednesday, November 18, 2026 at 06:45:00 PM GMT+1, " + ECS_FULL + " wrote:";
		};
	}

	/** What the phone adds under the author's text, or null. */
	static String iphone(String l) {
		return switch (l) {
			case "fr" -> "Envoyé de mon iPhone";
			case "es" -> "Enviado desde mi iPhone";
			case "ru" -> "Отправлено с iPhone";
			case "ar" -> "أرسلت من الـ iPhone";
			case "zh" -> "发自我的iPhone";
			case "zh-TW" -> "從我的 iPhone 傳送";
			case "de" -> "Von meinem iPhone gesendet";
			case "pt" -> "Enviado do meu iPhone";
			case "ja" -> "iPhoneから送信";
			case "ko" -> "iPhone에서 보냄";
			case "hi" -> "मेरे iPhone से भेजा गया";
			case "id" -> "Dikirim dari iPhone saya";
			case "vi" -> "Được gửi từ iPhone của tôi";
			case "fa" -> "ارسال شده از iPhone من";
			case "tr" -> "iPhone'umdan gönderildi";
			case "uk" -> "Надіслано з iPhone";
			case "pl" -> "Wysłane z iPhone'a";
			case "it" -> "Inviato da iPhone";
			default -> "Sent from my iPhone";
		};
	}

	static String galaxy(String l) {
		return switch (l) {
			case "fr" -> "Envoyé depuis mon appareil Galaxy";
			case "es" -> "Enviado desde mi Galaxy";
			case "ru" -> "Отправлено с устройства Galaxy";
			case "ar" -> "تم الإرسال من Samsung Galaxy";
			case "zh" -> "从我的Galaxy发送";
			case "zh-TW" -> "從我的 Galaxy 傳送";
			case "de" -> "Von meinem Galaxy gesendet";
			case "pt" -> "Enviado do meu Galaxy";
			case "ja" -> "Galaxyから送信";
			case "ko" -> "Galaxy에서 보냄";
			case "hi" -> "मेरे Galaxy से भेजा गया";
			case "id" -> "Dikirim dari Galaxy saya";
			case "vi" -> "Được gửi từ Galaxy của tôi";
			case "fa" -> "ارسال شده از Galaxy من";
			case "tr" -> "Galaxy cihazımdan gönderildi";
			case "uk" -> "Надіслано з Galaxy";
			case "pl" -> "Wysłane z Galaxy";
			case "it" -> "Inviato dal mio Galaxy";
			default -> "Sent from my Galaxy";
		};
	}

	static String escape(String text) {
		return ClientReplies.escape(text);
	}

	static String htmlLines(String text) {
		return ClientReplies.htmlLines(text);
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

		void cases(List<ClientReplies.Case> cases) {
			String mine = answer(this.language);
			cases.add(make("top", mine + "\n\n" + head() + quoted(), null, mine));
			cases.add(make("bottom", head() + quoted() + "\n" + mine + "\n", null, mine));
			cases.add(inline());
			cases.add(make("html", null, html(mine), mine));
			cases.add(make("no quote", mine + "\n", null, mine));
			String dated = dateAndWrote(this.language);
			cases.add(make("date and wrote", dated + "\n\n" + head() + quoted(), null, dated));
			cases.add(make("date and wrote, html", null, html(dated), dated));
			String note = forwardNote(this.language);
			cases.add(make("forward", note + "\n\n" + forwardHead() + "\n" + this.notification, null, note));
			String footer = footer();
			if (footer != null) {
				cases.add(make("footer", mine + "\n\n" + footer + "\n\n" + head() + quoted(), null, mine));
			}
		}

		private ClientReplies.Case make(String shape, String text, String html, String expected) {
			return new ClientReplies.Case(this.name, this.language, shape, text, html, expected, this.notification);
		}

		/** Whether the client quotes under a block of mail headers, unmarked. */
		boolean headerBlock() {
			return switch (this.name) {
				case "Outlook desktop", "Outlook web", "QQ Mail", "Lotus Notes", "GroupWise", "Samsung Email" -> true;
				default -> false;
			};
		}

		String quoted() {
			return headerBlock() ? this.notification.strip() + "\n" : ClientReplies.quote(this.notification, "> ", 74);
		}

		String footer() {
			return switch (this.name) {
				case "iOS Mail" -> iphone(this.language);
				case "Samsung Email" -> galaxy(this.language);
				default -> null;
			};
		}

		/** The attribution line or header block above the quote, ending in a newline. */
		String head() {
			String l = this.language;
			return switch (this.name) {
				case "Outlook desktop" -> outlookBlock("RE: ");
				case "Outlook web" -> "________________________________\n" + outlookBlock("RE: ");
				case "Gmail" -> gmail(l) + "\n\n";
				case "Apple Mail", "iOS Mail" -> apple(l) + "\n\n";
				case "Thunderbird" -> thunderbird(l) + "\n\n";
				case "Yahoo" -> yahoo(l) + "\n\n";
				case "Mail.ru" -> switch (l) {
					case "ru" -> "Среда, 18 ноября 2026, 18:45 +03:00 от " + ECS_FULL + ":\n";
					case "uk" -> "Середа, 18 листопада 2026, 18:45 +02:00 від " + ECS_FULL + ":\n";
					default -> "Wednesday, 18 November 2026, 18:45 +03:00 from " + ECS_FULL + ":\n";
				};
				case "Yandex" -> "18.11.2026, 18:45, \"" + ECS + "\" <" + ADDRESS + ">:\n";
				case "QQ Mail" -> qqBlock();
				case "NetEase" -> l.equals("zh") ? "在 2026-11-18 18:45:00，\"" + ECS + "\" <" + ADDRESS + "> 写道：\n"
						: "At 2026-11-18 18:45:00, \"" + ECS + "\" <" + ADDRESS + "> wrote:\n";
				case "Lotus Notes" -> lotusBlock();
				case "GroupWise" -> ">>> " + ECS_FULL + " 18.11.2026 18:45 >>>\n";
				case "Zimbra" -> zimbraBlock() + "\n";
				case "Samsung Email" -> samsungBlock();
				default -> throw new IllegalStateException(this.name);
			};
		}

		String outlookBlock(String prefix) {
			String[] labels = outlookLabels(this.language);
			return labels[0] + " " + ECS_FULL + "\n" + labels[1] + " " + outlookDate(this.language) + "\n" + labels[2]
					+ " " + ME + "\n" + labels[3] + " " + prefix + SUBJECT + "\n\n";
		}

		String qqBlock() {
			boolean zh = this.language.startsWith("zh");
			String separator = zh ? "原始邮件" : "Original";
			String[] labels = zh ? new String[] { "发件人:", "发送时间:", "收件人:", "主题:" }
					: new String[] { "From:", "Date:", "To:", "Subject:" };
			String date = zh ? "2026年11月18日(星期三) 晚上6:45" : "Wed, Nov 18, 2026 06:45 PM";
			return "------------------\u00A0" + separator + "\u00A0------------------\n" + labels[0] + " \"" + ECS
					+ "\"<" + ADDRESS + ">;\n" + labels[1] + " " + date + "\n" + labels[2] + " \"Ivan Petrov\"<"
					+ ClientReplies.MY_ADDRESS + ">;\n" + labels[3] + " RE: " + SUBJECT + "\n\n";
		}

		String lotusBlock() {
			String l = this.language;
			String wrote = switch (l) {
				case "de" -> "schrieb";
				case "fr" -> "a écrit";
				case "es" -> "escribió";
				case "pt" -> "escreveu";
				case "it" -> "ha scritto";
				default -> "wrote";
			};
			String[] labels = switch (l) {
				case "de" -> new String[] { "An:", "Von:", "Datum:", "Betreff:" };
				case "fr" -> new String[] { "A:", "De:", "Date:", "Objet:" };
				case "es" -> new String[] { "Para:", "De:", "Fecha:", "Asunto:" };
				case "pt" -> new String[] { "Para:", "De:", "Data:", "Assunto:" };
				case "it" -> new String[] { "A:", "Da:", "Data:", "Oggetto:" };
				default -> new String[] { "To:", "From:", "Date:", "Subject:" };
			};
			return "-----" + ECS_FULL + " " + wrote + ": -----\n" + labels[0] + " " + ClientReplies.MY_ADDRESS + "\n"
					+ labels[1] + " " + ECS_FULL + "\n" + labels[2] + " 18.11.2026 18:45\n" + labels[3] + " " + SUBJECT
					+ "\n\n";
		}

		String zimbraBlock() {
			String[] z = zimbra(this.language);
			return "----- " + z[0] + " -----\n" + z[1] + " \"" + ECS + "\" <" + ADDRESS + ">\n" + z[2] + " \""
					+ ClientReplies.ME + "\" <" + ClientReplies.MY_ADDRESS + ">\n" + z[3] + " "
					+ outlookDate(this.language) + "\n" + z[4] + " " + SUBJECT + "\n";
		}

		String samsungBlock() {
			String[] s = samsung(this.language);
			return "\n-------- " + s[0] + " --------\n" + s[1] + " " + ECS_FULL + " \n" + s[2]
					+ " 18/11/2026 18:45 (GMT+01:00) \n" + s[3] + " " + ME + " \n" + s[4] + " " + SUBJECT + " \n\n";
		}

		/** The header of a forward, ending in a newline. */
		String forwardHead() {
			return switch (this.name) {
				case "Outlook desktop", "Outlook web" -> "________________________________\n" + outlookBlock("FW: ");
				case "Gmail" -> "---------- Forwarded message ---------\n" + outlookLabels(this.language)[0] + " "
						+ ECS_FULL + "\nDate: Wed, Nov 18, 2026 at 6:45 PM\nSubject: " + SUBJECT + "\nTo: " + ME + "\n";
				case "Apple Mail", "iOS Mail", "Thunderbird", "Yahoo", "Mail.ru", "Yandex", "NetEase" ->
					"-------- Forwarded Message --------\nSubject: " + SUBJECT
							+ "\nDate: Wed, 18 Nov 2026 18:45:00 +0100\n" + "From: " + ECS_FULL + "\nTo: " + ME + "\n";
				case "Zimbra" -> zimbraBlock();
				case "Samsung Email" -> samsungBlock();
				case "QQ Mail" -> qqBlock();
				default -> "---------- Forwarded message ----------\nFrom: " + ECS_FULL
						+ "\nDate: 18.11.2026 18:45\nSubject: " + SUBJECT + "\nTo: " + ME + "\n";
			};
		}

		ClientReplies.Case inline() {
			String[] answers = inlineAnswers(this.language);
			String[] parts = this.notification.split("\n\n");
			String first = ClientReplies.quote(parts[1] + "\n\n" + parts[2], "> ", 74);
			String rest = ClientReplies.quote(String.join("\n\n", java.util.Arrays.copyOfRange(parts, 3, parts.length)),
					"> ", 74);
			// a one-line attribution stays with the quote it introduces; a header block
			// does not
			String head = headerBlock() ? "" : head().strip() + "\n";
			String keptHead = (head.lines().count() == 1) ? head : "";
			String kept = keptHead + first + "\n" + answers[0] + "\n\n" + rest + "\n" + answers[1];
			String text = head + kept.substring(keptHead.length()) + "\n";
			return make("inline", text, null, kept);
		}

		/** The HTML-only reply of this client. */
		String html(String mine) {
			String l = this.language;
			String quoted = htmlLines(this.notification.strip());
			String body = switch (this.name) {
				case "Outlook desktop" -> {
					String[] labels = outlookLabels(l);
					yield "<div class=\"WordSection1\"><p class=\"MsoNormal\">" + escape(mine).replace("\n", "<br>")
							+ "</p><p class=\"MsoNormal\">&nbsp;</p><div><div style=\"border:none;border-top:solid "
							+ "#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>" + labels[0]
							+ "</b> " + escape(ECS_FULL) + "<br><b>" + labels[1] + "</b> " + outlookDate(l) + "<br><b>"
							+ labels[2] + "</b> " + escape(ME) + "<br><b>" + labels[3] + "</b> RE: " + SUBJECT
							+ "</p></div></div><p class=\"MsoNormal\">&nbsp;</p>" + quoted + "</div>";
				}
				case "Outlook web" -> "<div dir=\"ltr\">" + htmlLines(mine)
						+ "</div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
						+ "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri\" style=\"font-size:11pt\">"
						+ htmlLines(outlookBlock("RE: ").strip()) + "</font><div>&nbsp;</div></div><div>" + quoted
						+ "</div>";
				case "Gmail" -> "<div dir=\"ltr\">" + htmlLines(mine)
						+ "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
						+ escape(gmail(l)) + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px "
						+ "0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + quoted
						+ "</blockquote></div>";
				case "Apple Mail", "iOS Mail" -> "<div dir=\"auto\">" + htmlLines(mine)
						+ (this.name.equals("iOS Mail")
								? "<div><br></div><div dir=\"ltr\">" + escape(iphone(l)) + "</div>" : "")
						+ "<div dir=\"ltr\"><br><blockquote type=\"cite\">" + escape(apple(l)) + "<br><br></blockquote>"
						+ "</div><blockquote type=\"cite\"><div dir=\"ltr\">" + quoted + "</div></blockquote></div>";
				case "Thunderbird" -> "<p>" + escape(mine).replace("\n", "<br>") + "</p><div class=\"moz-cite-prefix\">"
						+ escape(thunderbird(l))
						+ "<br></div><blockquote type=\"cite\" cite=\"mid:n-42@ecs.example.org\">" + quoted
						+ "</blockquote>";
				case "Yahoo" -> "<div class=\"ydp3f0c1a2byahoo-style-wrap\">" + htmlLines(mine)
						+ "</div><div id=\"yahoo_quoted_1234\" class=\"yahoo_quoted\"><div style=\"font-family:"
						+ "Helvetica;font-size:13px;color:#26282a;\"><div>" + escape(yahoo(l))
						+ "</div><div><br></div><div><br></div><div>" + quoted + "</div></div></div>";
				case "Mail.ru" -> "<div>" + htmlLines(mine) + "</div><div>&nbsp;</div><div>" + escape(head().strip())
						+ "<br><blockquote style=\"border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;\">"
						+ quoted + "</blockquote></div>";
				case "Yandex" -> "<div>" + htmlLines(mine) + "</div><div>&nbsp;</div><div>" + escape(head().strip())
						+ "</div><blockquote>" + quoted + "</blockquote>";
				case "QQ Mail" -> {
					String[] lines = qqBlock().strip().split("\n");
					StringBuilder block = new StringBuilder();
					for (int i = 1; i < lines.length; i++) {
						int colon = lines[i].indexOf(':');
						block.append("<div><b>")
							.append(lines[i], 0, colon + 1)
							.append("</b>&nbsp;")
							.append(escape(lines[i].substring(colon + 1).strip()))
							.append("</div>");
					}
					yield "<div>" + htmlLines(mine) + "</div><div><br></div><div><div style=\"font-size: 12px;"
							+ "font-family: Arial Narrow;padding:2px 0 2px 0;\">"
							+ escape(lines[0]).replace("\u00A0", "&nbsp;")
							+ "</div><div style=\"font-size: 12px;background:#efefef;padding:8px;\">" + block
							+ "</div><div><br></div>" + quoted + "</div>";
				}
				case "NetEase" -> "<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">"
						+ htmlLines(mine) + "<br><br><div style=\"position:relative;zoom:1\"></div>"
						+ "<div id=\"divNeteaseMailCard\"></div><br>" + escape(head().strip())
						+ "<br> <blockquote id=\"isReplyContent\" style=\"PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px "
						+ "0.8ex; BORDER-LEFT: #ccc 1px solid\">" + quoted + "</blockquote></div>";
				case "Lotus Notes" -> "<font size=2 face=\"sans-serif\">" + escape(mine).replace("\n", "<br>")
						+ "</font><br><br><br><br><font size=1 color=\"#5f5f5f\" face=\"sans-serif\">"
						+ escape(lotusBlock().strip()).replace("\n", "<br>") + "</font><br><hr width=\"100%\" size=2 "
						+ "align=center><br><tt><font size=2>" + quoted + "</font></tt>";
				case "GroupWise" -> "<html><body style=\"font: 10pt Segoe UI\"><div>" + htmlLines(mine)
						+ "</div><div><br></div><div>" + escape(head().strip()) + "</div><div>" + quoted + "</div>";
				case "Zimbra" -> "<div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt;\"><div>"
						+ htmlLines(mine) + "</div><div><br></div><hr id=\"zwchr\"><div style=\"color:#000;"
						+ "font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,"
						+ "sans-serif;font-size:12pt;\">" + htmlLines(zimbraBlock().strip().replaceFirst("^.*\n", ""))
						+ "<br></div><div>" + quoted + "</div></div>";
				case "Samsung Email" -> "<html><body><div dir=\"auto\">" + htmlLines(mine) + "</div><div dir=\"auto\">"
						+ "<br></div><div dir=\"auto\"><br></div><div dir=\"auto\"><br></div><div dir=\"auto\" "
						+ "style=\"font-size:100%;color:#000000\"><!-- originalMessage --><div>"
						+ htmlLines(samsungBlock().strip()) + "</div><br></div>" + quoted + "</body></html>";
				default -> throw new IllegalStateException(this.name);
			};
			return "<html><body>" + body + "</body></html>";
		}

	}

}
