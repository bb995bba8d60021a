package org.ecs.config.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why ECS did not start when its data directory is taken. */
public class DataDirectoryInUseFailureAnalyzer
		extends AbstractFailureAnalyzer<DataDirectoryLock.DataDirectoryInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryLock.DataDirectoryInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Stop the ECS that runs on " + cause.data()
						+ " first, or start this one on other data (ecs.embedded.postgres-dir,"
						+ " spring.artemis.embedded.data-directory, ecs.blob.dir).",
				cause);
	}

}
