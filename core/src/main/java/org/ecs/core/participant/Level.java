package org.ecs.core.participant;

/**
 * How far a participant takes part: full participants post, monitoring participants only
 * read.
 */
public enum Level {

	FULL, MONITORING

}
