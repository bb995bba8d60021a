package org.ecs.core.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.ecs.core.document.Distribution;
import org.ecs.core.document.DocumentFile;
import org.ecs.core.document.DocumentType;
import org.ecs.core.document.DocumentUpload;
import org.ecs.core.document.DocumentUploads;
import org.ecs.core.participant.Participant;

/**
 * A handful of documents in several languages, among them the paper demo discussion 1 is
 * about: uploaded as the secretariat would, then extracted and published by the document
 * pipeline like any other (without announcing them).
 */
final class DemoDocuments {

	private DemoDocuments() {
	}

	static void seed(DocumentUploads uploads, Participant secretariat, Instant now) {
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		String inf = "CTBT/PTS/INF.1234";
		add(uploads, secretariat, inf, DocumentType.INFORMATION_NOTE, "WGB-60", today.minusDays(3), List.of("4"), "en",
				"Draft guidelines on radionuclide station calibration", """
						Draft guidelines on radionuclide station calibration

						1. These guidelines describe how the radionuclide stations of the International Monitoring
						System are calibrated, and how often. Each station is calibrated once a year with a
						certified reference source; stations in remote locations may be calibrated on site.
						2. Comments from the experts of member States are invited in the discussion on this paper.
						""");
		add(uploads, secretariat, inf, null, null, null, List.of(), "fr",
				"Projet de directives pour l'étalonnage des stations de radionucléides", """
						Projet de directives pour l'étalonnage des stations de radionucléides

						1. Les présentes directives décrivent comment les stations de radionucléides du Système de
						surveillance international sont étalonnées, et à quelle fréquence. Chaque station est
						étalonnée une fois par an avec une source de référence certifiée.
						""");
		add(uploads, secretariat, inf, null, null, null, List.of(), "ru",
				"Проект руководящих принципов калибровки радионуклидных станций", """
						Проект руководящих принципов калибровки радионуклидных станций

						1. В настоящих руководящих принципах описывается, как и с какой периодичностью проводится
						калибровка на радионуклидных станциях Международной системы мониторинга. Калибровка
						каждой станции проводится один раз в год с использованием сертифицированного эталонного
						источника.
						""");
		add(uploads, secretariat, "CTBT/PC-61/1", DocumentType.OFFICIAL, "PC-61", today.minusDays(20), List.of("1"),
				"en", "Provisional agenda of the sixty-first session", """
						Provisional agenda of the sixty-first session of the Preparatory Commission

						1. Opening of the session. 2. Adoption of the agenda. 3. Report of Working Group B on
						verification issues. 4. Programme and budget. 5. Any other business.
						""");
		add(uploads, secretariat, "CTBT/PC-61/1", null, null, null, List.of(), "es",
				"Programa provisional del sexagésimo primer período de sesiones", """
						Programa provisional del sexagésimo primer período de sesiones de la Comisión Preparatoria

						1. Apertura del período de sesiones. 2. Aprobación del programa. 3. Informe del Grupo de
						Trabajo B sobre cuestiones de verificación. 4. Programa y presupuesto.
						""");
		add(uploads, secretariat, "CTBT/PC-61/1", null, null, null, List.of(), "ar",
				"جدول الأعمال المؤقت للدورة الحادية والستين", """
						جدول الأعمال المؤقت للدورة الحادية والستين للجنة التحضيرية

						١. افتتاح الدورة. ٢. إقرار جدول الأعمال. ٣. تقرير الفريق العامل باء عن مسائل التحقق
						ومعايرة المحطات. ٤. البرنامج والميزانية.
						""");
		add(uploads, secretariat, "CTBT/PC-61/1", null, null, null, List.of(), "zh", "筹备委员会第六十一届会议临时议程", """
				筹备委员会第六十一届会议临时议程

				一、会议开幕。二、通过议程。三、第二工作组关于核查问题的报告，包括放射性核素监测站的校准。四、方案和预算。
				""");
		add(uploads, secretariat, "CTBT/WGB-60/CRP.3", DocumentType.CONFERENCE_ROOM_PAPER, "WGB-60",
				today.minusDays(10), List.of("4"), "en", "Infrasound network maintenance: status report", """
						Infrasound network maintenance: status report

						The secretariat reports on the maintenance of the infrasound arrays in 2026: sensors were
						replaced at six stations and the wind-noise reduction systems were repaired at three.
						""");
		add(uploads, secretariat, "CTBT/WGB-60/CRP.3", null, null, null, List.of(), "fr",
				"Maintenance du réseau infrasons : rapport d'étape", """
						Maintenance du réseau infrasons : rapport d'étape

						Le secrétariat rend compte de la maintenance des réseaux infrasons en 2026 : les capteurs ont
						été remplacés dans six stations.
						""");
	}

	private static void add(DocumentUploads uploads, Participant secretariat, String symbol, DocumentType type,
			String meeting, LocalDate issuedOn, List<String> agenda, String language, String title, String text) {
		uploads.receive(secretariat,
				new DocumentUpload(symbol, title, language,
						symbol.replaceAll("[^A-Za-z0-9]+", "-") + "-" + language + ".txt",
						text.getBytes(StandardCharsets.UTF_8), DocumentFile.Source.DEMO, type, Distribution.GENERAL,
						null, meeting, issuedOn, agenda, null));
	}

}
