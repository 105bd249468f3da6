package lu.econnector.config.entity;

import java.nio.file.Path;

/**
 * A keystore or truststore file named by configuration, with the variables it came from,
 * so that every check can name the variable to fix.
 *
 * @param fileVariable     the variable holding the path
 * @param file             the path
 * @param passwordVariable the variable holding the store password
 * @param password         the store password, {@code null} when none is configured
 * @param keyPasswordVariable the variable holding the private key's password, {@code null}
 *                         for a truststore
 * @param keyPassword      the private key's password, {@code null} for a truststore or
 *                         when it equals the store password
 * @param aliasVariable    the variable naming the key entry, {@code null} for a truststore
 * @param alias            the key entry, {@code null} to take the store's only key entry
 */
public record KeyStoreFile(String fileVariable, Path file,
                           String passwordVariable, Secret password,
                           String keyPasswordVariable, Secret keyPassword,
                           String aliasVariable, String alias) {

    public static KeyStoreFile truststore(String fileVariable, Path file, String passwordVariable, Secret password) {
        return new KeyStoreFile(fileVariable, file, passwordVariable, password, null, null, null, null);
    }

    public char[] storePassword() {
        return password == null ? null : password.chars();
    }

    /** The variable to blame when the private key does not open. */
    public String effectiveKeyPasswordVariable() {
        return keyPassword != null ? keyPasswordVariable : passwordVariable;
    }

    public char[] privateKeyPassword() {
        return keyPassword != null ? keyPassword.chars() : storePassword();
    }
}
