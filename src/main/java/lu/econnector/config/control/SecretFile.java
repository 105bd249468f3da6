package lu.econnector.config.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import lu.econnector.config.entity.ConfigProblem;
import lu.econnector.config.entity.Secret;

/**
 * A secret read from a file, as Docker and Kubernetes mount them: the whole content, UTF-8,
 * without the one trailing line break that editors and {@code echo} add. Problems name the
 * variable and the path, never a byte of the content.
 */
final class SecretFile {

    /** Far above any password or client secret: a larger file is the wrong file. */
    static final int MAX_BYTES = 64 * 1024;

    private SecretFile() {
    }

    /** @return the secret, or null after recording why the file gives none */
    static Secret read(String variable, String path, List<ConfigProblem> problems) {
        try {
            if (Files.isDirectory(Path.of(path))) {
                problems.add(new ConfigProblem(variable, "'" + path + "' is a folder, not a file"));
                return null;
            }
            String content = withoutTrailingLineBreak(decode(readBounded(Path.of(path))));
            if (content.isEmpty()) {
                problems.add(new ConfigProblem(variable, "'" + path + "' is empty"));
                return null;
            }
            return new Secret(content);
        } catch (InvalidPathException e) {
            problems.add(new ConfigProblem(variable, "'" + path + "' is not a valid file path"));
        } catch (NoSuchFileException e) {
            problems.add(new ConfigProblem(variable, "cannot read '" + path + "': no such file"));
        } catch (AccessDeniedException e) {
            problems.add(new ConfigProblem(variable, "cannot read '" + path + "': permission denied"));
        } catch (CharacterCodingException e) {
            problems.add(new ConfigProblem(variable, "'" + path + "' is not UTF-8 text"));
        } catch (TooLarge e) {
            problems.add(new ConfigProblem(variable, "'" + path + "' is larger than " + MAX_BYTES / 1024
                    + " KiB: not a secret"));
        } catch (IOException e) {
            // The class says enough; the message adds nothing but the path again.
            problems.add(new ConfigProblem(variable, "cannot read '" + path + "' (" + e.getClass().getSimpleName() + ")"));
        }
        return null;
    }

    private static byte[] readBounded(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** One line break only: anything else, spaces included, may belong to the secret. */
    static String withoutTrailingLineBreak(String content) {
        if (content.endsWith("\r\n")) {
            return content.substring(0, content.length() - 2);
        }
        if (content.endsWith("\n")) {
            return content.substring(0, content.length() - 1);
        }
        return content;
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }
}
