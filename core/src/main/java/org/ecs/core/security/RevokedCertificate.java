package org.ecs.core.security;

import java.time.Instant;

/**
 * One entry of the certificate revocation list.
 *
 * @param serial the certificate's serial number, hexadecimal as ECS records it
 * @param revokedAt when it was revoked
 */
public record RevokedCertificate(String serial, Instant revokedAt) {

}
