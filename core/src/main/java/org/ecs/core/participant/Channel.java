package org.ecs.core.participant;

/** The ways a contribution arrives and a notification leaves. */
public enum Channel {

	WEB, EMAIL, FAX

}
