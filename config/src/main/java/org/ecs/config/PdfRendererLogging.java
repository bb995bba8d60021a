package org.ecs.config;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The fax PDF renderer (openhtmltopdf) logs through java.util.logging with console
 * handlers of its own, which would put plain-text lines among the JSON logs: its lines go
 * through SLF4J instead, its per-page chatter (INFO) at DEBUG.
 */
@Component
class PdfRendererLogging {

	PdfRendererLogging() {
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	static final class Slf4jLogger implements XRLogger {

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable error) {
			Logger logger = LoggerFactory.getLogger(where);
			if (level.intValue() >= Level.SEVERE.intValue()) {
				logger.error(message, error);
			}
			else if (level.intValue() >= Level.WARNING.intValue()) {
				logger.warn(message, error);
			}
			else {
				logger.debug(message, error);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// levels are the logging system's
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
					|| LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
		}

	}

}
