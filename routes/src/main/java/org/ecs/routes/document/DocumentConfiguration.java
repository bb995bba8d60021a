package org.ecs.routes.document;

import java.time.Clock;

import org.apache.tika.config.TikaConfig;
import org.ecs.core.blob.BlobStore;
import org.ecs.core.document.DocumentStages;
import org.ecs.core.document.Documents;
import org.ecs.core.search.SearchIndex;
import org.ecs.ocr.cleanup.PageCleanup;
import org.ecs.ocr.code.ReplyCodes;
import org.ecs.ocr.page.PageImageReader;
import org.ecs.ocr.preview.FirstPagePreview;
import org.ecs.ocr.reading.DocumentReader;
import org.ecs.ocr.tesseract.OcrEngine;
import org.ecs.ocr.text.DocumentText;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The document pipeline's reader has its own OCR engine and limits (documents run to
 * hundreds of pages, faxes to a few), kept inside the extraction step so that the fax
 * gateway's beans of the same types stay the only ones.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

	/** The longest document OCR'd or rendered page by page. */
	static final int MAX_PAGES = 500;

	@Bean(destroyMethod = "")
	DocumentExtraction documentExtraction(Documents documents, BlobStore blobs, SearchIndex index,
			DocumentStages stages, PlatformTransactionManager transactions, Clock clock, TikaConfig tika) {
		OcrEngine ocr = new OcrEngine(OcrEngine.Settings.defaults().withThreads(1));
		DocumentReader reader = new DocumentReader(new DocumentText(tika),
				new PageImageReader(MAX_PAGES, 2480L * 3508 * 2), new PageCleanup(), ocr, new ReplyCodes());
		return new DocumentExtraction(documents, blobs, reader, new FirstPagePreview(), index, stages, transactions,
				clock);
	}

}
