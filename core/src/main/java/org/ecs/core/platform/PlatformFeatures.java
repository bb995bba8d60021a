package org.ecs.core.platform;

import java.util.List;

/**
 * Which of ECS's features wait for operating-system packages on this machine (Tesseract
 * for fax OCR, fonts for fax PDFs), so the pages concerned can say so. Implemented where
 * the features are wired; asked afresh on each call, as packages may be installed while
 * ECS runs.
 */
public interface PlatformFeatures {

	/**
	 * @return the features that wait for a package now, empty when everything is there
	 */
	List<WaitingFeature> waiting();

}
