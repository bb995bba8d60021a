package org.ecs.core.participant;

/** A member State or an organisation that nominates participants. */
public record State(String code, String name, String kind) {
}
