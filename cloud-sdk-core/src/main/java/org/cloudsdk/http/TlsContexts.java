package org.cloudsdk.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.jspecify.annotations.Nullable;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

/**
 * Turns {@link TlsSettings} into a Netty client {@link SslContext}, reading and checking every
 * file first so that a wrong path, an unreadable PEM or a wrong password fails when the transport
 * is built, with the setting and the file named.
 */
final class TlsContexts {

    /** Where each file setting is set, for messages: code, config file / env var, clouds.yaml, Spring. */
    static final String CA_BUNDLE_NAMES = "caBundle / ca_bundle / CLOUD_CA_BUNDLE / clouds.yaml cacert / "
            + "cloud.http.ca-bundle";
    static final String TRUST_STORE_NAMES = "trustStore / trust_store / CLOUD_TRUST_STORE / cloud.http.trust-store";
    static final String CLIENT_CERT_NAMES = "clientCertificate / client_cert / CLOUD_CLIENT_CERT / clouds.yaml cert / "
            + "cloud.http.client-certificate";
    static final String CLIENT_KEY_NAMES = "clientKey / client_key / CLOUD_CLIENT_KEY / clouds.yaml key / "
            + "cloud.http.client-key";

    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final char[] NO_PASSWORD = new char[0];

    private TlsContexts() {
    }

    /**
     * @param tls what to trust and present
     * @param verify false to trust every certificate (verify_ssl=false)
     * @return the context, or null when the JVM's defaults apply unchanged
     * @throws IllegalArgumentException naming the setting and the file of a bad value
     */
    static @Nullable SslContext create(TlsSettings tls, boolean verify) {
        if (verify && tls.isDefault()) {
            return null;
        }
        SslContextBuilder builder = SslContextBuilder.forClient();
        if (!verify) {
            builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
        } else if (tls.trustManagerFactory() != null) {
            builder.trustManager(tls.trustManagerFactory());
        } else if (tls.caBundle() != null || tls.trustStore() != null) {
            builder.trustManager(extendedTrust(tls));
        }
        KeyManagerFactory keys = tls.keyManagerFactory();
        Path certificate = tls.clientCertificate();
        Path key = tls.clientKey();
        // TlsSettings holds a certificate and its key together or neither
        if (keys == null && certificate != null && key != null) {
            keys = clientKeys(certificate, key);
        }
        if (keys != null) {
            builder.keyManager(keys);
        }
        if (!tls.protocols().isEmpty()) {
            builder.protocols(tls.protocols());
        }
        if (!tls.ciphers().isEmpty()) {
            builder.ciphers(tls.ciphers());
        }
        try {
            return builder.build();
        } catch (SSLException | RuntimeException e) {
            throw new IllegalArgumentException("TLS settings " + tls + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** The JVM's default trusted CAs plus those of the CA bundle and the trust store. */
    static TrustManagerFactory extendedTrust(TlsSettings tls) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int index = 0;
            for (X509Certificate ca : defaultTrustedIssuers()) {
                trust.setCertificateEntry("jvm-" + index++, ca);
            }
            if (tls.caBundle() != null) {
                for (X509Certificate ca : readCertificates(tls.caBundle(), CA_BUNDLE_NAMES)) {
                    trust.setCertificateEntry("ca-bundle-" + index++, ca);
                }
            }
            if (tls.trustStore() != null) {
                for (Certificate ca : trustStoreCertificates(tls.trustStore(), tls.trustStorePassword())) {
                    trust.setCertificateEntry("trust-store-" + index++, ca);
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the trust of this JVM: " + e, e);
        }
    }

    private static List<X509Certificate> defaultTrustedIssuers() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        List<X509Certificate> issuers = new ArrayList<>();
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                issuers.addAll(List.of(x509.getAcceptedIssuers()));
            }
        }
        return issuers;
    }

    private static List<Certificate> trustStoreCertificates(Path file, @Nullable String password) {
        byte[] content = read(file, TRUST_STORE_NAMES);
        char[] secret = password == null ? NO_PASSWORD : password.toCharArray();
        KeyStore store = null;
        Exception failure = null;
        for (String type : List.of("PKCS12", "JKS")) {
            try {
                KeyStore candidate = KeyStore.getInstance(type);
                candidate.load(new ByteArrayInputStream(content), secret);
                store = candidate;
                break;
            } catch (IOException | GeneralSecurityException e) {
                if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
                    failure = e;
                    break;
                }
                failure = failure == null ? e : failure;
            }
        }
        if (store == null) {
            String reason = failure != null && failure.getCause() instanceof java.security.UnrecoverableKeyException
                    || failure != null && String.valueOf(failure.getMessage()).contains("password")
                    ? "the password is wrong (trustStorePassword / trust_store_password / CLOUD_TRUST_STORE_PASSWORD "
                            + "/ cloud.http.trust-store-password)"
                    : "it is not a PKCS#12 or JKS key store (" + failure + ")";
            throw new IllegalArgumentException(TRUST_STORE_NAMES + ": the file " + file + " cannot be read: " + reason);
        }
        try {
            List<Certificate> certificates = new ArrayList<>();
            for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements();) {
                Certificate certificate = store.getCertificate(aliases.nextElement());
                if (certificate != null) {
                    certificates.add(certificate);
                }
            }
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(TRUST_STORE_NAMES + ": the key store " + file
                        + " holds no certificate");
            }
            return certificates;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(TRUST_STORE_NAMES + ": the key store " + file + " cannot be read: " + e,
                    e);
        }
    }

    private static KeyManagerFactory clientKeys(Path certificateFile, Path keyFile) {
        List<X509Certificate> chain = readCertificates(certificateFile, CLIENT_CERT_NAMES);
        PrivateKey key = readPrivateKey(keyFile);
        if (!belongTogether(key, chain.get(0))) {
            throw new IllegalArgumentException(CLIENT_KEY_NAMES + ": the key in " + keyFile
                    + " does not belong to the certificate in " + certificateFile + " (the first certificate of "
                    + "the file must be the client's own)");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", key, NO_PASSWORD, chain.toArray(new Certificate[0]));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, NO_PASSWORD);
            return factory;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException(CLIENT_KEY_NAMES + ": the key in " + keyFile
                    + " does not belong to the certificate in " + certificateFile + " or cannot be used: " + e, e);
        }
    }

    /** Signs a sample with the key and checks it with the certificate's public key. */
    private static boolean belongTogether(PrivateKey key, X509Certificate certificate) {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "Ed448", "EdDSA" -> key.getAlgorithm();
            default -> null;
        };
        if (algorithm == null) {
            return true;
        }
        try {
            byte[] sample = "cloud-sdk client key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(sample);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(sample);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static List<X509Certificate> readCertificates(Path file, String setting) {
        String text = new String(read(file, setting), StandardCharsets.US_ASCII);
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Matcher block = PEM_BLOCK.matcher(text);
            while (block.find()) {
                if (!block.group(1).equals("CERTIFICATE") && !block.group(1).equals("TRUSTED CERTIFICATE")) {
                    continue;
                }
                byte[] der = decodeBase64(block.group(2), file, setting);
                try (InputStream in = new ByteArrayInputStream(der)) {
                    Collection<? extends Certificate> parsed = factory.generateCertificates(in);
                    parsed.forEach(certificate -> certificates.add((X509Certificate) certificate));
                }
            }
        } catch (CertificateException | IOException e) {
            throw new IllegalArgumentException(setting + ": the file " + file + " holds a certificate that cannot be "
                    + "read: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(setting + ": the file " + file + " holds no PEM certificate (expected "
                    + "one or more '-----BEGIN CERTIFICATE-----' blocks)");
        }
        return certificates;
    }

    private static PrivateKey readPrivateKey(Path file) {
        String text = new String(read(file, CLIENT_KEY_NAMES), StandardCharsets.US_ASCII);
        Matcher block = PEM_BLOCK.matcher(text);
        while (block.find()) {
            String type = block.group(1);
            if (type.equals("PRIVATE KEY")) {
                byte[] der = decodeBase64(block.group(2), file, CLIENT_KEY_NAMES);
                for (String algorithm : List.of("RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS")) {
                    try {
                        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
                    } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
                        // not this algorithm: try the next one
                    }
                }
                throw new IllegalArgumentException(CLIENT_KEY_NAMES + ": the PKCS#8 key in " + file
                        + " is not an RSA, EC or EdDSA key this JVM can read");
            }
            if (type.equals("ENCRYPTED PRIVATE KEY") || type.endsWith(" PRIVATE KEY")) {
                throw new IllegalArgumentException(CLIENT_KEY_NAMES + ": the key in " + file + " is a '" + type
                        + "'; an unencrypted PKCS#8 key ('BEGIN PRIVATE KEY') is expected: convert it with "
                        + "'openssl pkcs8 -topk8 -nocrypt -in " + file + " -out client-key.pem'");
            }
        }
        throw new IllegalArgumentException(CLIENT_KEY_NAMES + ": the file " + file + " holds no PEM private key "
                + "(expected '-----BEGIN PRIVATE KEY-----')");
    }

    private static byte[] decodeBase64(String body, Path file, String setting) {
        try {
            return Base64.getMimeDecoder().decode(body.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + ": the file " + file + " holds a PEM block that is not "
                    + "valid base64");
        }
    }

    private static byte[] read(Path file, String setting) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException(setting + ": the file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(setting + ": " + file + " is not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(setting + ": the file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
