package lu.econnector.signature.control;

/** Searches in a PDF's bytes, before any parser has seen them. */
final class RawBytes {

    private RawBytes() {
    }

    static int indexOf(byte[] bytes, byte[] token, int from) {
        for (int at = Math.max(from, 0); at <= bytes.length - token.length; at++) {
            if (startsWith(bytes, at, token)) {
                return at;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] bytes, int at, byte[] token) {
        if (at < 0 || at + token.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < token.length; i++) {
            if (bytes[at + i] != token[i]) {
                return false;
            }
        }
        return true;
    }

    static int count(byte[] bytes, byte[] token) {
        int count = 0;
        for (int at = indexOf(bytes, token, 0); at >= 0; at = indexOf(bytes, token, at + token.length)) {
            count++;
        }
        return count;
    }
}
