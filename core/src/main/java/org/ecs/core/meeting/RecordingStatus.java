package org.ecs.core.meeting;

/** How far a recording has come on its way to the viewers. */
public enum RecordingStatus {

	RECEIVED, TRANSCODING, TRANSCODED, PUBLISHED, FAILED

}
