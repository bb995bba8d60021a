package org.ecs.core.security;

/**
 * A certificate with the key pair made for it, as a passphrase-protected PKCS#12 file.
 *
 * @param certificate what was signed
 * @param pkcs12 the key, the certificate and the CA's chain
 */
public record IssuedKeyStore(IssuedCertificate certificate, byte[] pkcs12) {

}
