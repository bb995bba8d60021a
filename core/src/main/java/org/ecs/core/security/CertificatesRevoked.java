package org.ecs.core.security;

/**
 * Published when certificates were revoked (one, or all of a suspended or withdrawn
 * participant's), so the revocation list the HTTPS connector honours is written anew once
 * the revocation is committed.
 *
 * @param count how many
 */
public record CertificatesRevoked(int count) {

}
