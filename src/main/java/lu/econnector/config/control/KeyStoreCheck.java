package lu.econnector.config.control;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.List;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.KeyStoreFile;

/**
 * Opens a configured keystore or truststore the way the server will, so that a wrong path,
 * password or alias stops the start with a line naming the variable, instead of surfacing
 * later as a TLS or signature failure (or, on Payara Micro, as a server that deploys nothing).
 */
public final class KeyStoreCheck {

    private KeyStoreCheck() {
    }

    /** An opened store, or the reason it could not be opened. */
    public sealed interface Opened {
    }

    public record Store(KeyStore keyStore) implements Opened {
    }

    public record Refused(ConfigProblem problem) implements Opened {
    }

    public static Opened open(KeyStoreFile store) {
        if (!Files.isRegularFile(store.file())) {
            return refused(store.fileVariable(), "file " + store.file() + " does not exist or is not a file");
        }
        if (!Files.isReadable(store.file())) {
            return refused(store.fileVariable(), "file " + store.file() + " is not readable by this process");
        }
        try {
            return new Store(KeyStore.getInstance(store.file().toFile(), store.storePassword()));
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                return refused(store.passwordVariable(), "does not open " + store.file() + " (wrong password)");
            }
            return refused(store.fileVariable(), store.file() + " cannot be read as a keystore"
                    + (store.password() == null ? " without a password; set " + store.passwordVariable() : ""));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return refused(store.fileVariable(), store.file() + " is not a PKCS12 or JKS keystore");
        }
    }

    /** The alias of the private key to use: the configured one, or the store's only key. */
    public static String keyAlias(KeyStoreFile store, KeyStore keyStore, List<ConfigProblem> problems) {
        try {
            if (store.alias() != null) {
                if (!keyStore.isKeyEntry(store.alias())) {
                    problems.add(new ConfigProblem(store.aliasVariable(),
                            "no private key '" + store.alias() + "' in " + store.fileVariable()));
                    return null;
                }
                return store.alias();
            }
            List<String> keys = Collections.list(keyStore.aliases()).stream()
                    .filter(alias -> isKey(keyStore, alias)).toList();
            if (keys.size() != 1) {
                problems.add(new ConfigProblem(store.aliasVariable(), store.fileVariable() + " holds " + keys.size()
                        + " private keys; set " + store.aliasVariable() + " to the one to use"));
                return null;
            }
            return keys.get(0);
        } catch (GeneralSecurityException e) {
            problems.add(new ConfigProblem(store.fileVariable(), "cannot list the entries of " + store.file()));
            return null;
        }
    }

    /** Checks that the key opens with the key password (which may differ from the store's). */
    public static void keyOpens(KeyStoreFile store, KeyStore keyStore, String alias, List<ConfigProblem> problems) {
        String variable = store.effectiveKeyPasswordVariable();
        try {
            if (keyStore.getKey(alias, store.privateKeyPassword()) == null) {
                problems.add(new ConfigProblem(variable, "does not open the private key '" + alias + "'"));
            }
        } catch (UnrecoverableKeyException e) {
            problems.add(new ConfigProblem(variable, "does not open the private key '" + alias + "' (wrong password)"));
        } catch (GeneralSecurityException e) {
            problems.add(new ConfigProblem(variable, "cannot read the private key '" + alias + "'"));
        }
    }

    /** Checks that a truststore holds a certificate under the alias that a variable names. */
    public static void holdsCertificate(KeyStoreFile store, KeyStore keyStore, String aliasVariable, String alias,
                                        List<ConfigProblem> problems) {
        try {
            if (alias != null && keyStore.getCertificate(alias) == null) {
                problems.add(new ConfigProblem(aliasVariable,
                        "no certificate '" + alias + "' in " + store.fileVariable() + " (" + store.file() + ")"));
            }
        } catch (GeneralSecurityException e) {
            problems.add(new ConfigProblem(store.fileVariable(), "cannot read " + store.file()));
        }
    }

    private static boolean isKey(KeyStore keyStore, String alias) {
        try {
            return keyStore.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Refused refused(String variable, String message) {
        return new Refused(new ConfigProblem(variable, message));
    }
}
