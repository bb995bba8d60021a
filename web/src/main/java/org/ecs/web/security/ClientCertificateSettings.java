package org.ecs.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether signing in needs a client certificate besides the password
 * ({@code ecs.security.require-client-certificate}: false on the embedded demo, true in
 * the production profile). A certificate that is presented is checked either way.
 *
 * @param requireClientCertificate refuse every sign-in and request without a valid
 * certificate of the same participant
 */
@ConfigurationProperties("ecs.security")
public record ClientCertificateSettings(@DefaultValue("false") boolean requireClientCertificate) {

}
