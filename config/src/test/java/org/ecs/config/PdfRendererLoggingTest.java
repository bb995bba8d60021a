package org.ecs.config;

import java.util.logging.Level;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.openhtmltopdf.util.XRLog;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRendererLoggingTest {

	@Test
	void shouldSendTheRenderersWarningsThroughSlf4jWhenInstalled() {
		new PdfRendererLogging();
		ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(XRLog.GENERAL);
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		logger.addAppender(events);
		try {
			XRLog.getLoggerImpl().log(XRLog.GENERAL, Level.WARNING, "font missing");
			XRLog.getLoggerImpl().log(XRLog.GENERAL, Level.INFO, "Prepare to fly");

			assertThat(events.list).extracting(ILoggingEvent::getFormattedMessage).contains("font missing");
			assertThat(events.list).filteredOn((e) -> e.getLevel() == ch.qos.logback.classic.Level.INFO).isEmpty();
		}
		finally {
			logger.detachAppender(events);
		}
	}

}
